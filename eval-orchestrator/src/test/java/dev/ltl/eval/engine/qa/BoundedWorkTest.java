package dev.ltl.eval.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BoundedWorkTest {

    @Test
    void neverRunsMoreThanTheConcurrencyAtOnceAndRunsEveryTask() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        Set<Integer> ran = ConcurrentHashMap.newKeySet();
        List<Integer> tasks = IntStream.range(0, 50).boxed().toList();
        BoundedWork.run(tasks, 3, "test", task -> {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            ran.add(task);
            inFlight.decrementAndGet();
        });
        assertThat(ran).hasSize(50);
        assertThat(peak.get()).isBetween(1, 3);
    }

    @Test
    void aFailureStopsNewTasksLetsTheOnesInFlightFinishAndIsRethrown() {
        CountDownLatch secondStarted = new CountDownLatch(1);
        Set<Integer> finished = ConcurrentHashMap.newKeySet();
        List<Integer> tasks = IntStream.range(0, 100).boxed().toList();
        assertThatThrownBy(() -> BoundedWork.run(tasks, 2, "test", task -> {
            if (task == 0) {
                try {
                    secondStarted.await(); // fail only while task 1 is in flight
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                throw new IllegalStateException("service down");
            }
            if (task == 1) {
                secondStarted.countDown();
            }
            finished.add(task);
        })).hasMessage("service down");
        assertThat(finished).contains(1);
        assertThat(finished.size()).isLessThan(99);
    }

    @Test
    void anErrorInATaskIsRethrownNotSwallowed() {
        assertThatThrownBy(() -> BoundedWork.run(List.of(1, 2), 1, "test", task -> {
            throw new NoClassDefFoundError("gone");
        })).isInstanceOf(NoClassDefFoundError.class);
    }

    @Test
    void anInterruptStopsSubmittingButTheTaskInFlightCompletes() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger completed = new AtomicInteger();
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                BoundedWork.run(List.of(1, 2, 3), 1, "test", task -> {
                    firstRunning.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException("a task must not be interrupted", e);
                    }
                    completed.incrementAndGet();
                });
            } catch (Throwable e) {
                outcome.set(e);
            }
        });
        runner.start();
        firstRunning.await();
        runner.interrupt(); // the runner waits for a slot: this interrupts that wait
        release.countDown();
        runner.join();
        assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
        assertThat(completed.get()).isEqualTo(1);
    }
}

package dev.ltl.vlm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Flush on max batch, flush on deadline, per-caller results. Deadlines are fired by hand and batches run on
 * the submitting thread, so nothing here depends on timing.
 */
class DynamicBatcherTest {
    private final ManualScheduler scheduler = new ManualScheduler();
    private final AtomicLong clock = new AtomicLong();
    private final List<List<Integer>> batchesSeen = Collections.synchronizedList(new ArrayList<>());

    private DynamicBatcher<Integer, String> batcher(int maxBatch, long delayNanos) {
        return new DynamicBatcher<>(maxBatch, delayNanos, batch -> {
            batchesSeen.add(List.copyOf(batch));
            clock.addAndGet(500); // the "model" takes 500 ns
            return batch.stream().map(i -> "out" + i).toList();
        }, Runnable::run, scheduler, clock::get);
    }

    @Test
    void aFullBatchRunsAtOnceAndEachCallerGetsItsOwnOutput() throws Exception {
        DynamicBatcher<Integer, String> batcher = batcher(3, 1_000_000);
        CompletableFuture<BatchedResult<String>> a = batcher.submit(1);
        clock.addAndGet(100);
        CompletableFuture<BatchedResult<String>> b = batcher.submit(2);
        assertThat(a).isNotDone();
        clock.addAndGet(100);
        CompletableFuture<BatchedResult<String>> c = batcher.submit(3);
        assertThat(batchesSeen).containsExactly(List.of(1, 2, 3));
        assertThat(a.get().value()).isEqualTo("out1");
        assertThat(b.get().value()).isEqualTo("out2");
        assertThat(c.get().value()).isEqualTo("out3");
        assertThat(a.get().batchSize()).isEqualTo(3);
        assertThat(a.get().queueNanos()).isEqualTo(200);
        assertThat(b.get().queueNanos()).isEqualTo(100);
        assertThat(c.get().queueNanos()).isZero();
        assertThat(c.get().inferenceNanos()).isEqualTo(500);
        // The deadline armed for that batch is stale: firing it flushes nothing.
        scheduler.fireAll();
        assertThat(batchesSeen).hasSize(1);
    }

    @Test
    void aPartialBatchWaitsForItsDeadline() throws Exception {
        DynamicBatcher<Integer, String> batcher = batcher(8, 2_000_000);
        CompletableFuture<BatchedResult<String>> a = batcher.submit(1);
        CompletableFuture<BatchedResult<String>> b = batcher.submit(2);
        assertThat(scheduler.armed()).hasSize(1);
        assertThat(scheduler.armed().get(0).delayNanos()).isEqualTo(2_000_000);
        assertThat(batchesSeen).isEmpty();
        assertThat(batcher.waiting()).isEqualTo(2);
        scheduler.fireAll();
        assertThat(batchesSeen).containsExactly(List.of(1, 2));
        assertThat(a.get().batchSize()).isEqualTo(2);
        assertThat(b.get().value()).isEqualTo("out2");
        assertThat(batcher.waiting()).isZero();
    }

    @Test
    void aStaleDeadlineDoesNotFlushALaterBatchEarly() {
        DynamicBatcher<Integer, String> batcher = batcher(2, 2_000_000);
        batcher.submit(1);
        List<ManualScheduler.Armed> first = scheduler.armed();
        batcher.submit(2); // fills the batch: runs now
        batcher.submit(3); // starts a new batch with its own deadline
        assertThat(scheduler.armed()).hasSize(2);
        first.get(0).task().run();
        assertThat(batchesSeen).containsExactly(List.of(1, 2));
        scheduler.fireAll();
        assertThat(batchesSeen).containsExactly(List.of(1, 2), List.of(3));
    }

    @Test
    void oneSubmissionLargerThanMaxBatchIsSplit() {
        DynamicBatcher<Integer, String> batcher = batcher(2, 2_000_000);
        List<CompletableFuture<BatchedResult<String>>> futures = batcher.submitAll(List.of(1, 2, 3, 4, 5));
        assertThat(batchesSeen).containsExactly(List.of(1, 2), List.of(3, 4));
        assertThat(futures.get(4)).isNotDone();
        scheduler.fireAll();
        assertThat(batchesSeen).containsExactly(List.of(1, 2), List.of(3, 4), List.of(5));
        assertThat(futures).extracting(f -> f.join().value()).containsExactly("out1", "out2", "out3", "out4", "out5");
    }

    @Test
    void zeroDelayFlushesEverySubmissionWithoutWaiting() {
        DynamicBatcher<Integer, String> batcher = batcher(4, 0);
        batcher.submitAll(List.of(1, 2));
        batcher.submit(3);
        assertThat(batchesSeen).containsExactly(List.of(1, 2), List.of(3));
        assertThat(scheduler.armed()).isEmpty();
    }

    @Test
    void aFailingBatchFailsEveryCallerInIt() {
        DynamicBatcher<Integer, String> batcher = new DynamicBatcher<>(2, 1_000, batch -> {
            throw new IllegalStateException("model exploded");
        }, Runnable::run, scheduler, clock::get);
        CompletableFuture<BatchedResult<String>> a = batcher.submit(1);
        CompletableFuture<BatchedResult<String>> b = batcher.submit(2);
        assertThatThrownBy(a::get).isInstanceOf(ExecutionException.class).hasMessageContaining("model exploded");
        assertThatThrownBy(b::get).isInstanceOf(ExecutionException.class).hasMessageContaining("model exploded");
    }

    @Test
    void aBatchFunctionReturningTheWrongCountIsAnError() {
        DynamicBatcher<Integer, String> batcher = new DynamicBatcher<>(2, 0, batch -> List.of("only one"),
                Runnable::run, scheduler, clock::get);
        List<CompletableFuture<BatchedResult<String>>> futures = batcher.submitAll(List.of(1, 2));
        assertThatThrownBy(() -> futures.get(0).get()).hasMessageContaining("1 outputs for 2 inputs");
    }

    @Test
    void closingCancelsWaitingItemsAndRefusesNewOnes() {
        DynamicBatcher<Integer, String> batcher = batcher(4, 1_000);
        CompletableFuture<BatchedResult<String>> waiting = batcher.submit(1);
        batcher.close();
        assertThat(waiting).isCompletedExceptionally();
        assertThatThrownBy(() -> batcher.submit(2)).isInstanceOf(RejectedExecutionException.class);
        scheduler.fireAll();
        assertThat(batchesSeen).isEmpty();
    }

    @Test
    void concurrentCallersShareOneBatch() throws Exception {
        int callers = 6;
        // The deadline never fires (manual scheduler): the batch can only run because it filled up.
        DynamicBatcher<Integer, String> batcher = batcher(callers, 60_000_000_000L);
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<BatchedResult<String>>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                int item = i;
                results.add(threads.submit(() -> {
                    start.await();
                    return batcher.submit(item).get(30, TimeUnit.SECONDS);
                }));
            }
            start.countDown();
            for (int i = 0; i < callers; i++) {
                BatchedResult<String> result = results.get(i).get(30, TimeUnit.SECONDS);
                assertThat(result.value()).isEqualTo("out" + i);
                assertThat(result.batchSize()).isEqualTo(callers);
            }
            assertThat(batchesSeen).hasSize(1);
            assertThat(batchesSeen.get(0)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThatThrownBy(() -> batcher(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> batcher(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}

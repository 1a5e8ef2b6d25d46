package dev.ltl.eval.engine.qa;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs tasks with at most {@code concurrency} in flight. Stopping is graceful by design: when the
 * calling thread is interrupted (a cancelled run) or a task throws (e.g. a service went away), no
 * new task starts, the tasks in flight run to their end (their rows get written), and then the
 * interruption or the first failure is rethrown. Tasks themselves are never interrupted, so a
 * half-done (item, method) never turns into a spurious error row.
 */
final class BoundedWork {
    private BoundedWork() {
    }

    static <T> void run(List<T> tasks, int concurrency, String threadName, Consumer<T> work)
            throws InterruptedException {
        Semaphore slots = new Semaphore(concurrency);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, threadName + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        InterruptedException interrupted = null;
        try {
            for (T task : tasks) {
                if (failure.get() != null) {
                    break;
                }
                try {
                    slots.acquire();
                } catch (InterruptedException e) {
                    interrupted = e;
                    break;
                }
                if (failure.get() != null) {
                    slots.release();
                    break;
                }
                pool.execute(() -> {
                    try {
                        work.accept(task);
                    } catch (Throwable e) {
                        // Errors too: a dead worker must not leave its task silently undone.
                        failure.compareAndSet(null, e);
                    } finally {
                        slots.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            drain(pool);
        }
        if (interrupted != null) {
            throw interrupted;
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new IllegalStateException(failed);
        }
    }

    /** Waits for the tasks in flight even if interrupted meanwhile, then restores the interrupt flag. */
    private static void drain(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

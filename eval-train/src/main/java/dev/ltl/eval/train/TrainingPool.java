package dev.ltl.eval.train;

import dev.ltl.eval.train.domain.EvalResult;
import dev.ltl.eval.train.domain.JobRunner;
import dev.ltl.eval.train.domain.TrainJob;
import dev.ltl.eval.train.domain.TrainJobKey;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs independent trainings on a bounded number of worker threads and computes each distinct
 * training once: a job whose {@link TrainJobKey} was seen before gets the same future (and so the same
 * result) instead of a second training. Sweep candidates that share plans, seed and head thus share
 * their trainings.
 *
 * <p>Size it so that workers × PyTorch threads per training ≤ cores ({@link #forCores}).
 * A failed training is forgotten, so submitting its key again retries it.
 */
public final class TrainingPool implements AutoCloseable {

    private final JobRunner runner;
    private final ExecutorService workers;
    private final ConcurrentMap<TrainJobKey, CompletableFuture<EvalResult>> results = new ConcurrentHashMap<>();
    private final AtomicInteger trainingsStarted = new AtomicInteger();

    /** A pool of {@code workerCount} threads running {@code runner}. */
    public TrainingPool(JobRunner runner, int workerCount) {
        if (workerCount <= 0) {
            throw new IllegalArgumentException("need at least one worker, got " + workerCount);
        }
        this.runner = runner;
        this.workers = Executors.newFixedThreadPool(workerCount, namedDaemonThreads());
    }

    /** As many workers as fit: ⌊cores / threadsPerTraining⌋, at least one. */
    public static TrainingPool forCores(JobRunner runner, int cores, int threadsPerTraining) {
        if (cores <= 0 || threadsPerTraining <= 0) {
            throw new IllegalArgumentException("cores and threads per training must be positive");
        }
        return new TrainingPool(runner, Math.max(1, cores / threadsPerTraining));
    }

    /**
     * Schedules the training identified by {@code key}, or returns the future of the identical one
     * already scheduled. {@code job} is only called when the training really runs, so the caller can
     * build its (large) feature arrays lazily.
     *
     * @throws IllegalArgumentException (through the future) if the built job does not match the key
     */
    public CompletableFuture<EvalResult> submit(TrainJobKey key, Supplier<TrainJob> job) {
        CompletableFuture<EvalResult> result = results.computeIfAbsent(
                key, k -> CompletableFuture.supplyAsync(() -> run(k, job), workers));
        result.whenComplete((ignored, failure) -> {
            if (failure != null) {
                results.remove(key, result);
            }
        });
        return result;
    }

    /** {@link #submit(TrainJobKey, Supplier)} for a job already built. */
    public CompletableFuture<EvalResult> submit(String featureIdentity, TrainJob job) {
        return submit(TrainJobKey.of(featureIdentity, job), () -> job);
    }

    /** How many trainings actually started (duplicates excluded). */
    public int trainingsStarted() {
        return trainingsStarted.get();
    }

    private EvalResult run(TrainJobKey key, Supplier<TrainJob> jobSupplier) {
        TrainJob job = jobSupplier.get();
        if (!key.describes(job)) {
            throw new IllegalArgumentException("job does not match its key " + key);
        }
        trainingsStarted.incrementAndGet();
        return runner.trainAndEvaluate(job);
    }

    /** Lets running trainings finish and stops the workers. */
    @Override
    public void close() {
        workers.shutdown();
        try {
            while (!workers.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                // keep waiting: abandoning a training would leak its native memory
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory namedDaemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "ltl-train-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

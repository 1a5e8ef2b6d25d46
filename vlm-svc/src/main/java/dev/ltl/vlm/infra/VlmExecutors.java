package dev.ltl.vlm.infra;

import dev.ltl.common.concurrent.WorkerPools;
import dev.ltl.vlm.domain.DelayScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The service's thread pools, sized from config rather than Quarkus' large default worker pool because
 * the work is CPU-bound: request workers (decode, resize), inference (ORT batches), and one timer thread
 * that fires dynamic-batching deadlines.
 */
@ApplicationScoped
public class VlmExecutors {
    private final ExecutorService workers;
    private final ExecutorService inference;
    private final ScheduledExecutorService timer;

    public VlmExecutors(VlmConfig config) {
        workers = WorkerPools.fixed("ltl-vlm-worker-", config.workerThreads());
        inference = WorkerPools.fixed("ltl-vlm-inference-", config.inferenceThreads());
        timer = Executors.newSingleThreadScheduledExecutor(WorkerPools.daemonThreads("ltl-vlm-batch-timer-"));
    }

    public ExecutorService workers() {
        return workers;
    }

    public ExecutorService inference() {
        return inference;
    }

    public DelayScheduler batchDeadlines() {
        return (delayNanos, task) -> timer.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
    }

    @PreDestroy
    public void shutdown() {
        workers.shutdownNow();
        inference.shutdownNow();
        timer.shutdownNow();
    }

}

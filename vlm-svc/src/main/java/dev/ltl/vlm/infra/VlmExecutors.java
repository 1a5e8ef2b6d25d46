package dev.ltl.vlm.infra;

import dev.ltl.common.concurrent.WorkerPools;
import dev.ltl.vlm.domain.DelayScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The service's thread pools, sized from config rather than Quarkus' large default worker pool because
 * the work is CPU-bound: request workers (decode, resize), inference (ORT batches), and one timer thread
 * that fires dynamic-batching deadlines. Answer work gets its own pool with a bounded queue: a VLM request
 * holds a thread for its whole answer, and a full queue is refused (RejectedExecutionException →
 * RESOURCE_EXHAUSTED) rather than buffered without limit.
 */
@ApplicationScoped
public class VlmExecutors {
    private final ExecutorService workers;
    private final ExecutorService inference;
    private final ScheduledExecutorService timer;
    private final ThreadPoolExecutor answers;

    public VlmExecutors(VlmConfig config) {
        workers = WorkerPools.fixed("ltl-vlm-worker-", config.workerThreads());
        inference = WorkerPools.fixed("ltl-vlm-inference-", config.inferenceThreads());
        timer = Executors.newSingleThreadScheduledExecutor(WorkerPools.daemonThreads("ltl-vlm-batch-timer-"));
        int answerThreads = Math.max(1, config.answer().maxConcurrency());
        answers = new ThreadPoolExecutor(answerThreads, answerThreads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, config.answer().maxQueue())),
                WorkerPools.daemonThreads("ltl-vlm-answer-"), new ThreadPoolExecutor.AbortPolicy());
    }

    /** Runs Answer requests: ltl.vlm.answer.max-concurrency threads, max-queue waiting, then rejection. */
    public ExecutorService answers() {
        return answers;
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
        answers.shutdownNow();
    }

}

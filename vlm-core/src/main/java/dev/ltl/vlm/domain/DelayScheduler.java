package dev.ltl.vlm.domain;

/**
 * Runs a task once after a delay. The batcher's only notion of waiting: production code backs it with a
 * {@code ScheduledExecutorService}; tests fire the task themselves, so batching is tested without timing.
 */
@FunctionalInterface
public interface DelayScheduler {
    void schedule(long delayNanos, Runnable task);
}

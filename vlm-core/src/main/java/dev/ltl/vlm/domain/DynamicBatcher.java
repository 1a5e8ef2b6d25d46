package dev.ltl.vlm.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.LongSupplier;

/**
 * Dynamic batching for one input shape (Triton-style): submitted items wait in a queue, which is flushed
 * as one {@link BatchFunction} call when it holds {@code maxBatch} items or when {@code maxQueueDelay}
 * has passed since the first waiting item arrived, whichever comes first. Every caller gets its own
 * future with its own output, the batch size and its queue and inference times.
 *
 * <p>Items of one {@link #submitAll} call are enqueued together, so they share a batch unless it fills
 * up. A delay of 0 flushes at the end of every submission (no waiting for other callers).
 * Batches run on {@code runner}; deadlines are armed through {@code scheduler}; time comes from
 * {@code nanoClock}. All three are injected so tests can drive the batcher deterministically.
 * Thread-safe.
 */
public final class DynamicBatcher<I, O> implements AutoCloseable {
    private final int maxBatch;
    private final long maxQueueDelayNanos;
    private final BatchFunction<I, O> function;
    private final Executor runner;
    private final DelayScheduler scheduler;
    private final LongSupplier nanoClock;

    private final List<Waiting<I, O>> queue = new ArrayList<>();
    /** Increments at every flush, so a deadline armed for an earlier batch never flushes a later one early. */
    private long generation;
    private boolean deadlineArmed;
    private boolean closed;

    private record Waiting<I, O>(I item, long enqueuedNanos, CompletableFuture<BatchedResult<O>> future) {
    }

    public DynamicBatcher(int maxBatch, long maxQueueDelayNanos, BatchFunction<I, O> function, Executor runner,
                          DelayScheduler scheduler, LongSupplier nanoClock) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be >= 1, got " + maxBatch);
        }
        if (maxQueueDelayNanos < 0) {
            throw new IllegalArgumentException("maxQueueDelayNanos must be >= 0, got " + maxQueueDelayNanos);
        }
        this.maxBatch = maxBatch;
        this.maxQueueDelayNanos = maxQueueDelayNanos;
        this.function = function;
        this.runner = runner;
        this.scheduler = scheduler;
        this.nanoClock = nanoClock;
    }

    /** Queues one item. */
    public CompletableFuture<BatchedResult<O>> submit(I item) {
        return submitAll(List.of(item)).get(0);
    }

    /** Queues items together (they share a batch as far as {@code maxBatch} allows); futures in item order. */
    public List<CompletableFuture<BatchedResult<O>>> submitAll(List<I> items) {
        List<CompletableFuture<BatchedResult<O>>> futures = new ArrayList<>(items.size());
        List<List<Waiting<I, O>>> full = new ArrayList<>();
        long armGeneration = -1;
        synchronized (this) {
            if (closed) {
                throw new RejectedExecutionException("batcher is closed");
            }
            long now = nanoClock.getAsLong();
            for (I item : items) {
                CompletableFuture<BatchedResult<O>> future = new CompletableFuture<>();
                futures.add(future);
                queue.add(new Waiting<>(item, now, future));
                if (queue.size() == maxBatch) {
                    full.add(takeQueue());
                }
            }
            if (!queue.isEmpty()) {
                if (maxQueueDelayNanos == 0) {
                    full.add(takeQueue());
                } else if (!deadlineArmed) {
                    deadlineArmed = true;
                    armGeneration = generation;
                }
            }
        }
        if (armGeneration >= 0) {
            long target = armGeneration;
            scheduler.schedule(maxQueueDelayNanos, () -> onDeadline(target));
        }
        full.forEach(this::dispatch);
        return futures;
    }

    /** Items waiting for a batch right now. */
    public synchronized int waiting() {
        return queue.size();
    }

    /** Stops accepting items and cancels those still waiting. */
    @Override
    public void close() {
        List<Waiting<I, O>> dropped;
        synchronized (this) {
            closed = true;
            dropped = takeQueue();
        }
        dropped.forEach(w -> w.future().completeExceptionally(new CancellationException("batcher closed")));
    }

    private void onDeadline(long armedGeneration) {
        List<Waiting<I, O>> batch;
        synchronized (this) {
            if (armedGeneration != generation || queue.isEmpty()) {
                return;
            }
            batch = takeQueue();
        }
        dispatch(batch);
    }

    /** Caller holds the lock. */
    private List<Waiting<I, O>> takeQueue() {
        List<Waiting<I, O>> batch = new ArrayList<>(queue);
        queue.clear();
        generation++;
        deadlineArmed = false;
        return batch;
    }

    private void dispatch(List<Waiting<I, O>> batch) {
        try {
            runner.execute(() -> run(batch));
        } catch (RejectedExecutionException e) {
            batch.forEach(w -> w.future().completeExceptionally(e));
        }
    }

    private void run(List<Waiting<I, O>> batch) {
        long start = nanoClock.getAsLong();
        List<O> outputs;
        try {
            outputs = function.apply(batch.stream().map(Waiting::item).toList());
            if (outputs.size() != batch.size()) {
                throw new IllegalStateException("batch function returned " + outputs.size() + " outputs for "
                        + batch.size() + " inputs");
            }
        } catch (Exception | Error e) {
            batch.forEach(w -> w.future().completeExceptionally(e));
            return;
        }
        long end = nanoClock.getAsLong();
        for (int i = 0; i < batch.size(); i++) {
            Waiting<I, O> waiting = batch.get(i);
            waiting.future().complete(new BatchedResult<>(outputs.get(i), batch.size(),
                    start - waiting.enqueuedNanos(), end - start));
        }
    }
}

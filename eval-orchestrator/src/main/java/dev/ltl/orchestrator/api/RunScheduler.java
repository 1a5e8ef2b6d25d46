package dev.ltl.orchestrator.api;

import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.proto.orchestrator.v1.RunEvent;
import dev.ltl.proto.orchestrator.v1.RunKind;
import dev.ltl.proto.orchestrator.v1.RunState;
import dev.ltl.proto.orchestrator.v1.RunStatus;
import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs at most {@code maxConcurrentRuns} runs at a time on background threads and keeps every
 * run id it has seen, with its latest status. A run is admitted only while a slot is free —
 * runs train on every core, so queueing more would only slow all of them; the client gets
 * RESOURCE_EXHAUSTED and retries later. Errors are gRPC status exceptions naming the field.
 */
public final class RunScheduler implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RunScheduler.class.getName());

    private final RunExecutor executor;
    private final int maxConcurrentRuns;
    private final Clock clock;
    private final ExecutorService threads;
    private final Map<String, TrackedRun> runs = new ConcurrentHashMap<>();
    /** Slots held by a background task, from admission until the task has returned. */
    private int busySlots;

    public RunScheduler(RunExecutor executor, int maxConcurrentRuns, Clock clock) {
        if (maxConcurrentRuns < 1) {
            throw new IllegalArgumentException("maxConcurrentRuns must be at least 1, got " + maxConcurrentRuns);
        }
        this.executor = executor;
        this.maxConcurrentRuns = maxConcurrentRuns;
        this.clock = clock;
        AtomicInteger counter = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(maxConcurrentRuns, task -> {
            Thread thread = new Thread(task, "ltl-run-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts {@code spec} as run {@code runId}: a new run, or a restart of an ended one (which
     * resumes from the run store its options point at).
     */
    public synchronized RunStatus start(String runId, RunKind kind, RunSpec spec) {
        TrackedRun existing = runs.get(runId);
        if (existing != null && existing.isActive()) {
            // [AMBIG] the spec does not say; refusing keeps a client from believing new options took effect.
            throw GrpcErrors.failedPrecondition("run_id", "run_id " + runId + " is still "
                    + existing.status().getState() + "; watch it, or cancel it first");
        }
        if (busySlots >= maxConcurrentRuns) {
            throw GrpcErrors.resourceExhausted(null, "the server already runs " + busySlots + " of at most "
                    + maxConcurrentRuns + " runs; retry run_id " + runId + " when one has ended");
        }
        busySlots++;
        TrackedRun run = runs.computeIfAbsent(runId, id -> new TrackedRun(id, clock));
        long generation = run.queue(kind, spec);
        try {
            threads.execute(() -> runInBackground(run, generation, spec));
        } catch (RejectedExecutionException stopping) {
            busySlots--;
            run.finish(generation, RunState.RUN_STATE_FAILED, "the server is shutting down");
            throw GrpcErrors.failedPrecondition(null, "the server is shutting down; run_id " + runId
                    + " was not started");
        }
        return run.status();
    }

    /** Restarts an ended run with the kind and options it last ran with. */
    public synchronized RunStatus restart(String runId) {
        TrackedRun run = require(runId);
        return start(runId, run.kind(), run.spec());
    }

    public RunStatus status(String runId) {
        return require(runId).status();
    }

    /** Interrupts the run (a no-op for an ended run) and returns its status: CANCELLING or CANCELLED. */
    public RunStatus cancel(String runId) {
        TrackedRun run = require(runId);
        if (run.cancel()) {
            releaseSlot();
        }
        return run.status();
    }

    /** Streams the run's latest event, then its changes until it ends. */
    public void watch(String runId, StreamObserver<RunEvent> watcher) {
        require(runId).watch(watcher);
    }

    public void unwatch(String runId, StreamObserver<RunEvent> watcher) {
        TrackedRun run = runs.get(runId);
        if (run != null) {
            run.unwatch(watcher);
        }
    }

    private TrackedRun require(String runId) {
        TrackedRun run = runs.get(runId);
        if (run == null) {
            throw GrpcErrors.notFound("run_id", "no run with run_id '" + runId + "'");
        }
        return run;
    }

    private void runInBackground(TrackedRun run, long generation, RunSpec spec) {
        if (!run.begin(generation, Thread.currentThread())) {
            return; // cancelled while queued: cancel() already ended it and freed its slot
        }
        RunState end;
        String message;
        try {
            message = executor.execute(spec, (done, total, text) -> run.progress(generation, done, total, text));
            end = RunState.RUN_STATE_SUCCEEDED;
        } catch (Throwable error) {
            // A run never takes the server down: any failure, Errors included, ends the run only.
            boolean cancelled = run.cancelRequested(generation);
            if (!cancelled) {
                LOG.log(System.Logger.Level.WARNING, "run " + run.status().getRunId() + " failed", error);
            }
            end = cancelled ? RunState.RUN_STATE_CANCELLED : RunState.RUN_STATE_FAILED;
            message = cancelled ? "cancelled; finished units stay in the run store" : describe(error);
        }
        // The slot is free before the end is published, so a client that saw the end can start the next run.
        releaseSlot();
        run.finish(generation, end, message);
        // A cancel that raced with the end of the run must not interrupt this thread's next run.
        Thread.interrupted();
    }

    private synchronized void releaseSlot() {
        busySlots--;
    }

    /** The root cause's message, which names what went wrong (wrappers only repeat it). */
    static String describe(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String text = cause.getMessage();
        return text == null || text.isBlank() ? cause.getClass().getSimpleName() : text;
    }

    /** Cancels every active run and waits up to {@code waitSeconds} for them to stop. */
    public void shutdown(long waitSeconds) throws InterruptedException {
        List<TrackedRun> active = runs.values().stream().filter(TrackedRun::isActive).toList();
        for (TrackedRun run : active) {
            if (run.cancel()) {
                releaseSlot();
            }
        }
        threads.shutdown();
        if (!threads.awaitTermination(waitSeconds, TimeUnit.SECONDS)) {
            LOG.log(System.Logger.Level.WARNING, "runs still stopping after " + waitSeconds + " s: "
                    + active.stream().map(r -> r.status().getRunId()).toList());
        }
    }

    @Override
    public void close() {
        try {
            shutdown(60);
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}

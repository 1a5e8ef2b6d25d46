package dev.ltl.orchestrator.api;

import dev.ltl.proto.orchestrator.v1.RunEvent;
import dev.ltl.proto.orchestrator.v1.RunKind;
import dev.ltl.proto.orchestrator.v1.RunState;
import dev.ltl.proto.orchestrator.v1.RunStatus;
import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The live state of one run id and the streams watching it. Every change is published to the
 * watchers under this object's lock, so each watcher sees the changes in the order they happened.
 * A restart (same run id after the run ended) starts a new <em>generation</em>: the background
 * task and the progress callbacks of an older generation are ignored, so late callbacks of a
 * cancelled run cannot leak into its successor.
 */
final class TrackedRun {
    private final String runId;
    private final Clock clock;
    private final List<StreamObserver<RunEvent>> watchers = new ArrayList<>();
    private long generation;
    private RunKind kind = RunKind.RUN_KIND_UNSPECIFIED;
    private RunSpec spec;
    private RunState state = RunState.RUN_STATE_UNSPECIFIED;
    private long done;
    private long total;
    private String message = "";
    private long updatedMs;
    private Thread worker;

    TrackedRun(String runId, Clock clock) {
        this.runId = runId;
        this.clock = clock;
    }

    /** Queues a new generation of this run; returns its number. The run must not be active. */
    synchronized long queue(RunKind kind, RunSpec spec) {
        if (isActive()) {
            throw new IllegalStateException("run " + runId + " is still " + state);
        }
        generation++;
        this.kind = kind;
        this.spec = spec;
        done = 0;
        total = 0;
        publish(RunState.RUN_STATE_PENDING, "queued");
        return generation;
    }

    /** Marks generation {@code gen} running on {@code thread}; false if it was cancelled or superseded. */
    synchronized boolean begin(long gen, Thread thread) {
        if (gen != generation || state != RunState.RUN_STATE_PENDING) {
            return false;
        }
        worker = thread;
        publish(RunState.RUN_STATE_RUNNING, "started");
        return true;
    }

    /**
     * Progress of the engine. Total 0 is how the engine reports a step without counts (e.g. "embedded
     * 16/40 clips"): the message changes, the last known done/total stay.
     */
    synchronized void progress(long gen, long done, long total, String message) {
        if (gen != generation || worker == null) {
            return;
        }
        if (total > 0) {
            this.done = done;
            this.total = total;
        }
        publish(state, message);
    }

    /** Ends generation {@code gen} in a terminal state and completes every watcher's stream. */
    synchronized void finish(long gen, RunState end, String message) {
        if (gen != generation || !isActive()) {
            return;
        }
        worker = null;
        publish(end, message);
        List<StreamObserver<RunEvent>> ended = List.copyOf(watchers);
        watchers.clear();
        for (StreamObserver<RunEvent> watcher : ended) {
            try {
                watcher.onCompleted();
            } catch (RuntimeException gone) {
                // the client went away meanwhile: nothing left to tell it
            }
        }
    }

    /**
     * Asks the run to stop: a queued run ends CANCELLED at once; a running one is interrupted and
     * shows CANCELLING until its engine has stopped (trainings in flight finish and are persisted).
     *
     * @return true if the run was still queued and has now ended (its slot is free)
     */
    synchronized boolean cancel() {
        if (state == RunState.RUN_STATE_PENDING) {
            finish(generation, RunState.RUN_STATE_CANCELLED, "cancelled before it started");
            return true;
        }
        if (state == RunState.RUN_STATE_RUNNING) {
            publish(RunState.RUN_STATE_CANCELLING, "cancel requested; stopping after the work in flight");
            worker.interrupt();
        }
        return false;
    }

    synchronized boolean cancelRequested(long gen) {
        return gen == generation && state == RunState.RUN_STATE_CANCELLING;
    }

    /** Sends the latest event to {@code watcher}, then every change until the run ends. */
    synchronized void watch(StreamObserver<RunEvent> watcher) {
        watcher.onNext(event());
        if (isActive()) {
            watchers.add(watcher);
        } else {
            watcher.onCompleted();
        }
    }

    synchronized void unwatch(StreamObserver<RunEvent> watcher) {
        watchers.remove(watcher);
    }

    synchronized boolean isActive() {
        return state == RunState.RUN_STATE_PENDING || state == RunState.RUN_STATE_RUNNING
                || state == RunState.RUN_STATE_CANCELLING;
    }

    synchronized RunKind kind() {
        return kind;
    }

    synchronized RunSpec spec() {
        return spec;
    }

    synchronized RunStatus status() {
        return RunStatus.newBuilder().setRunId(runId).setKind(kind).setState(state).setDone(done).setTotal(total)
                .setMessage(message).setOutDir(spec == null || spec.outDir() == null ? "" : spec.outDir().toString())
                .build();
    }

    private RunEvent event() {
        return RunEvent.newBuilder().setRunId(runId).setState(state).setDone(done).setTotal(total).setMessage(message)
                .setTimestampMs(updatedMs).build();
    }

    private void publish(RunState newState, String newMessage) {
        state = newState;
        message = newMessage == null ? "" : newMessage;
        updatedMs = clock.millis();
        RunEvent event = event();
        // A copy: a watcher's cancel handler may run inline and unwatch while we iterate.
        for (StreamObserver<RunEvent> watcher : List.copyOf(watchers)) {
            try {
                watcher.onNext(event);
            } catch (RuntimeException gone) {
                watchers.remove(watcher);
            }
        }
    }
}

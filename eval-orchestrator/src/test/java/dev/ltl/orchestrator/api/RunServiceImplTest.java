package dev.ltl.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.proto.orchestrator.v1.GetRunRequest;
import dev.ltl.proto.orchestrator.v1.RunEvent;
import dev.ltl.proto.orchestrator.v1.RunKind;
import dev.ltl.proto.orchestrator.v1.RunServiceGrpc;
import dev.ltl.proto.orchestrator.v1.RunState;
import dev.ltl.proto.orchestrator.v1.RunStatus;
import dev.ltl.proto.orchestrator.v1.StartRunRequest;
import dev.ltl.proto.orchestrator.v1.WatchRunRequest;
import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * RunService over an in-process channel, with the run body replaced by scripted runs that report
 * through the same Progress callback as the engine and are sequenced with latches.
 */
@Timeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES) // a hang guard for CI, not a speed check
class RunServiceImplTest {
    @TempDir
    Path tmp;

    private Server server;
    private ManagedChannel channel;
    private RunScheduler scheduler;
    private RunServiceGrpc.RunServiceBlockingStub stub;

    /** A clock that advances 1 ms per reading, so event timestamps are strictly increasing. */
    private static Clock tickingClock() {
        AtomicLong millis = new AtomicLong(1_700_000_000_000L);
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(millis.incrementAndGet());
            }
        };
    }

    private void serve(RunExecutor executor, int maxConcurrentRuns) throws Exception {
        String name = InProcessServerBuilder.generateName();
        scheduler = new RunScheduler(executor, maxConcurrentRuns, tickingClock());
        server = InProcessServerBuilder.forName(name)
                .addService(new RunServiceImpl(scheduler, new RunOptionsMapper(tmp)))
                .build().start();
        channel = InProcessChannelBuilder.forName(name).build();
        stub = RunServiceGrpc.newBlockingStub(channel);
    }

    @AfterEach
    void stop() throws Exception {
        if (channel != null) {
            channel.shutdownNow();
        }
        if (server != null) {
            server.shutdownNow();
        }
        if (scheduler != null) {
            scheduler.shutdown(30);
        }
    }

    @Test
    void startRunReturnsAtOnceAndWatchRunSeesEveryEventInOrderThenSucceeded() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<RunSpec> executed = new CopyOnWriteArrayList<>();
        serve((spec, progress) -> {
            executed.add(spec);
            go.await();
            progress.update(1, 3, "unit a: val_acc 0.5000");
            progress.update(0, 0, "embedded 16/40 clips");
            progress.update(2, 3, "unit b: val_acc 0.6000");
            progress.update(3, 3, "unit c: val_acc 0.7000");
            return "sweep done";
        }, 1);

        RunStatus started = stub.startRun(sweep("r1"));
        assertThat(started.getState()).isIn(RunState.RUN_STATE_PENDING, RunState.RUN_STATE_RUNNING);
        assertThat(started.getKind()).isEqualTo(RunKind.RUN_KIND_AVE_SWEEP);
        assertThat(started.getOutDir()).isEqualTo(tmp.resolve("runs/r1").toString());

        Iterator<RunEvent> watch = stub.watchRun(WatchRunRequest.newBuilder().setRunId("r1").build());
        RunEvent replayed = watch.next(); // the latest status: the stream is subscribed from here on
        assertThat(replayed.getState()).isIn(RunState.RUN_STATE_PENDING, RunState.RUN_STATE_RUNNING);
        go.countDown();
        List<RunEvent> events = new ArrayList<>(List.of(replayed));
        watch.forEachRemaining(events::add);

        List<RunEvent> afterStart = events.stream().filter(e -> e.getState() != RunState.RUN_STATE_PENDING
                && !e.getMessage().equals("started")).toList();
        assertThat(afterStart).extracting(RunEvent::getMessage).containsExactly("unit a: val_acc 0.5000",
                "embedded 16/40 clips", "unit b: val_acc 0.6000", "unit c: val_acc 0.7000", "sweep done");
        assertThat(afterStart).extracting(RunEvent::getDone).containsExactly(1L, 1L, 2L, 3L, 3L);
        assertThat(afterStart).extracting(RunEvent::getTotal).containsOnly(3L);
        assertThat(afterStart).extracting(RunEvent::getState).containsExactly(RunState.RUN_STATE_RUNNING,
                RunState.RUN_STATE_RUNNING, RunState.RUN_STATE_RUNNING, RunState.RUN_STATE_RUNNING,
                RunState.RUN_STATE_SUCCEEDED);
        assertThat(events).extracting(RunEvent::getRunId).containsOnly("r1");
        assertThat(events).extracting(RunEvent::getTimestampMs).isSorted().doesNotHaveDuplicates();

        RunStatus finished = stub.getRun(get("r1"));
        assertThat(finished.getState()).isEqualTo(RunState.RUN_STATE_SUCCEEDED);
        assertThat(finished.getMessage()).isEqualTo("sweep done");
        assertThat(finished.getDone()).isEqualTo(3);
        assertThat(finished.getTotal()).isEqualTo(3);
        RunSpec.Sweep spec = (RunSpec.Sweep) executed.get(0);
        assertThat(spec.options().runId()).isEqualTo("r1");
        assertThat(spec.options().seeds()).containsExactly(0, 1);
    }

    @Test
    void watchingAnEndedRunReplaysItsFinalEventAndCompletes() throws Exception {
        serve((spec, progress) -> "done", 1);
        stub.startRun(sweep("r1"));
        awaitEnd("r1");

        List<RunEvent> events = new ArrayList<>();
        stub.watchRun(WatchRunRequest.newBuilder().setRunId("r1").build()).forEachRemaining(events::add);

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.getState()).isEqualTo(RunState.RUN_STATE_SUCCEEDED);
            assertThat(e.getMessage()).isEqualTo("done");
        });
    }

    @Test
    void aFailingRunEndsFailedWithTheRootCauseMessage() throws Exception {
        serve((spec, progress) -> {
            progress.update(1, 4, "unit a: val_acc 0.4000");
            throw new ExecutionException(new IllegalStateException("planner-svc at localhost:8082 is unreachable"));
        }, 1);

        stub.startRun(sweep("bad"));
        RunEvent last = awaitEnd("bad");

        assertThat(last.getState()).isEqualTo(RunState.RUN_STATE_FAILED);
        assertThat(last.getMessage()).isEqualTo("planner-svc at localhost:8082 is unreachable");
        RunStatus status = stub.getRun(get("bad"));
        assertThat(status.getState()).isEqualTo(RunState.RUN_STATE_FAILED);
        assertThat(status.getDone()).isEqualTo(1);
        assertThat(status.getTotal()).isEqualTo(4);
    }

    @Test
    void cancelRunInterruptsTheRunWhichEndsCancelled() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        serve((spec, progress) -> {
            progress.update(1, 2, "unit a: val_acc 0.5000");
            running.countDown();
            new CountDownLatch(1).await(); // the engine waiting on a training; only an interrupt ends it
            return "never";
        }, 1);
        stub.startRun(sweep("long"));
        running.await();

        RunStatus cancelling = stub.cancelRun(get("long"));
        assertThat(cancelling.getState()).isIn(RunState.RUN_STATE_CANCELLING, RunState.RUN_STATE_CANCELLED);
        RunEvent last = awaitEnd("long");

        assertThat(last.getState()).isEqualTo(RunState.RUN_STATE_CANCELLED);
        assertThat(last.getMessage()).contains("cancelled");
        RunStatus status = stub.getRun(get("long"));
        assertThat(status.getState()).isEqualTo(RunState.RUN_STATE_CANCELLED);
        assertThat(status.getDone()).isEqualTo(1);
        // the slot is free again, and cancelling an ended run changes nothing
        assertThat(stub.startRun(sweep("next")).getState()).isNotEqualTo(RunState.RUN_STATE_FAILED);
        assertThat(stub.cancelRun(get("long")).getState()).isEqualTo(RunState.RUN_STATE_CANCELLED);
    }

    @Test
    void aRunThatFinishesDespiteTheCancelRequestEndsSucceeded() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        serve((spec, progress) -> {
            running.countDown();
            // An engine step that ignores interrupts (e.g. writing the last artifact) and completes.
            boolean interrupted = false;
            while (true) {
                try {
                    finish.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    finish.countDown();
                }
            }
            return interrupted ? "completed after an interrupt" : "completed";
        }, 1);
        stub.startRun(sweep("late"));
        running.await();

        stub.cancelRun(get("late"));
        RunEvent last = awaitEnd("late");

        assertThat(last.getState()).isEqualTo(RunState.RUN_STATE_SUCCEEDED);
        assertThat(last.getMessage()).isEqualTo("completed after an interrupt");
    }

    @Test
    void unknownRunIdsAreNotFoundNamingTheRunId() throws Exception {
        serve((spec, progress) -> "done", 1);

        for (var call : List.<Runnable>of(
                () -> stub.getRun(get("ghost")),
                () -> stub.cancelRun(get("ghost")),
                () -> stub.watchRun(WatchRunRequest.newBuilder().setRunId("ghost").build()).next(),
                () -> stub.startRun(StartRunRequest.newBuilder().setRunId("ghost").build()))) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
                assertThat(e.getStatus().getDescription()).contains("ghost");
                assertThat(GrpcErrors.violatedField(e)).isEqualTo("run_id");
            });
        }
    }

    @Test
    void badOptionsAreInvalidArgumentNamingTheOption() throws Exception {
        serve((spec, progress) -> "done", 1);

        assertInvalid(StartRunRequest.newBuilder().setRunId("r").setKind(RunKind.RUN_KIND_AVE_SWEEP)
                .setOptions(options(Map.of("ave", str("/d"), "out", str("/o"), "seeds", list(num(0), num(0.5)))))
                .build(), "seeds");
        assertInvalid(StartRunRequest.newBuilder().setRunId("r").setKind(RunKind.RUN_KIND_AVE_RUN)
                .setOptions(options(Map.of("ave", str("/d"), "out", str("/o")))).build(), "config");
        assertInvalid(StartRunRequest.newBuilder().setRunId("r")
                .setOptions(options(Map.of("ave", str("/d"), "out", str("/o")))).build(), "kind");
        assertInvalid(StartRunRequest.newBuilder().setKind(RunKind.RUN_KIND_AVE_SWEEP)
                .setOptions(options(Map.of("ave", str("/d"), "out", str("/o")))).build(), "run_id");
        // nothing was registered by the rejected requests
        assertThatThrownBy(() -> stub.getRun(get("r"))).isInstanceOfSatisfying(StatusRuntimeException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void aSecondRunWhileTheOnlySlotIsBusyIsResourceExhaustedUntilTheFirstEnds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        serve((spec, progress) -> {
            if (spec.outDir().endsWith("first")) {
                release.await();
            }
            return "done";
        }, 1);
        stub.startRun(sweep("first"));

        assertThatThrownBy(() -> stub.startRun(sweep("second"))).isInstanceOfSatisfying(StatusRuntimeException.class,
                e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
                    assertThat(e.getStatus().getDescription()).contains("second").contains("at most 1");
                });
        assertThatThrownBy(() -> stub.getRun(get("second"))).isInstanceOf(StatusRuntimeException.class);

        release.countDown();
        awaitEnd("first");
        stub.startRun(sweep("second"));
        assertThat(awaitEnd("second").getState()).isEqualTo(RunState.RUN_STATE_SUCCEEDED);
    }

    @Test
    void twoSlotsRunTwoRunsAtOnce() throws Exception {
        CountDownLatch bothRunning = new CountDownLatch(2);
        serve((spec, progress) -> {
            bothRunning.countDown();
            bothRunning.await(); // only returns once the other run is running too
            return "done";
        }, 2);

        stub.startRun(sweep("a"));
        stub.startRun(sweep("b"));

        assertThat(awaitEnd("a").getState()).isEqualTo(RunState.RUN_STATE_SUCCEEDED);
        assertThat(awaitEnd("b").getState()).isEqualTo(RunState.RUN_STATE_SUCCEEDED);
    }

    @Test
    void startingAnActiveRunIdAgainIsAFailedPrecondition() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        serve((spec, progress) -> {
            release.await();
            return "done";
        }, 2);
        stub.startRun(sweep("r"));

        assertThatThrownBy(() -> stub.startRun(sweep("r"))).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
            assertThat(e.getStatus().getDescription()).contains("run_id r is still");
        });
        release.countDown();
        awaitEnd("r");
    }

    @Test
    void startingAnEndedRunIdRestartsIt_withItsPreviousOptionsWhenNoneAreGiven() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        List<RunSpec> executed = new CopyOnWriteArrayList<>();
        serve((spec, progress) -> {
            executed.add(spec);
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("vlm-svc went away");
            }
            return "resumed and done";
        }, 1);
        stub.startRun(sweep("r"));
        assertThat(awaitEnd("r").getState()).isEqualTo(RunState.RUN_STATE_FAILED);

        RunStatus restarted = stub.startRun(StartRunRequest.newBuilder().setRunId("r").build());

        assertThat(restarted.getKind()).isEqualTo(RunKind.RUN_KIND_AVE_SWEEP);
        RunEvent last = awaitEnd("r");
        assertThat(last.getState()).isEqualTo(RunState.RUN_STATE_SUCCEEDED);
        assertThat(last.getMessage()).isEqualTo("resumed and done");
        // the same options, hence the same run-store key and output directory: the engine resumes
        assertThat(executed).hasSize(2);
        assertThat(executed.get(1)).isEqualTo(executed.get(0));
    }

    @Test
    void aClientThatCancelsItsWatchOnlyEndsItsOwnStream() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        serve((spec, progress) -> {
            go.await();
            progress.update(1, 1, "unit a");
            return "done";
        }, 1);
        stub.startRun(sweep("r"));
        Context.CancellableContext context = Context.current().withCancellation();
        Iterator<RunEvent> cancelled = context.call(() ->
                stub.watchRun(WatchRunRequest.newBuilder().setRunId("r").build()));
        cancelled.next();
        Iterator<RunEvent> kept = stub.watchRun(WatchRunRequest.newBuilder().setRunId("r").build());
        kept.next();

        context.cancel(null);
        go.countDown();

        List<RunEvent> events = new ArrayList<>();
        kept.forEachRemaining(events::add);
        assertThat(events.get(events.size() - 1).getState()).isEqualTo(RunState.RUN_STATE_SUCCEEDED);
        assertThat(events).extracting(RunEvent::getMessage).contains("unit a");
        assertThatThrownBy(() -> cancelled.forEachRemaining(e -> { }))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.CANCELLED));
    }

    @Test
    void theRealExecutorReportsAMissingDatasetAsAFailedRun() throws Exception {
        serve(new AveRunExecutor(), 1);

        stub.startRun(StartRunRequest.newBuilder().setRunId("real").setKind(RunKind.RUN_KIND_AVE_SWEEP)
                .setOptions(options(Map.of("ave", str(tmp.resolve("no-such-ave").toString()),
                        "out", str(tmp.resolve("out").toString())))).build());
        RunEvent last = awaitEnd("real");

        assertThat(last.getState()).isEqualTo(RunState.RUN_STATE_FAILED);
        assertThat(last.getMessage()).contains("no-such-ave");
    }

    private RunEvent awaitEnd(String runId) {
        RunEvent last = null;
        Iterator<RunEvent> events = stub.watchRun(WatchRunRequest.newBuilder().setRunId(runId).build());
        while (events.hasNext()) {
            last = events.next();
        }
        return last;
    }

    private void assertInvalid(StartRunRequest request, String option) {
        assertThatThrownBy(() -> stub.startRun(request)).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(e.getStatus().getDescription()).contains(option);
            assertThat(GrpcErrors.violatedField(e)).isEqualTo(option);
        });
    }

    private StartRunRequest sweep(String runId) {
        return StartRunRequest.newBuilder().setRunId(runId).setKind(RunKind.RUN_KIND_AVE_SWEEP)
                .setOptions(options(Map.of("ave", str("data/ave"), "out", str("runs/" + runId),
                        "seeds", list(num(0), num(1)))))
                .build();
    }

    private static GetRunRequest get(String runId) {
        return GetRunRequest.newBuilder().setRunId(runId).build();
    }

    private static Struct options(Map<String, Value> fields) {
        return Struct.newBuilder().putAllFields(fields).build();
    }

    private static Value str(String s) {
        return Value.newBuilder().setStringValue(s).build();
    }

    private static Value num(double d) {
        return Value.newBuilder().setNumberValue(d).build();
    }

    private static Value list(Value... values) {
        return Value.newBuilder().setListValue(ListValue.newBuilder().addAllValues(List.of(values))).build();
    }
}

package dev.ltl.orchestrator.api;

import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.proto.orchestrator.v1.GetRunRequest;
import dev.ltl.proto.orchestrator.v1.RunEvent;
import dev.ltl.proto.orchestrator.v1.RunKind;
import dev.ltl.proto.orchestrator.v1.RunServiceGrpc;
import dev.ltl.proto.orchestrator.v1.RunStatus;
import dev.ltl.proto.orchestrator.v1.StartRunRequest;
import dev.ltl.proto.orchestrator.v1.WatchRunRequest;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.function.Supplier;

/**
 * The orchestrator's gRPC {@code RunService}: evaluation runs (AVE sweep, run, diagnose) started,
 * watched and cancelled remotely. It translates between the wire and the {@link RunScheduler};
 * the options of a run are those of the CLI ({@link RunOptionsMapper}).
 */
public final class RunServiceImpl extends RunServiceGrpc.RunServiceImplBase {
    private final RunScheduler scheduler;
    private final RunOptionsMapper mapper;

    public RunServiceImpl(RunScheduler scheduler, RunOptionsMapper mapper) {
        this.scheduler = scheduler;
        this.mapper = mapper;
    }

    @Override
    public void startRun(StartRunRequest request, StreamObserver<RunStatus> response) {
        reply(response, () -> {
            String runId = requireRunId(request.getRunId());
            if (request.getKind() == RunKind.RUN_KIND_UNSPECIFIED && request.getOptions().getFieldsCount() == 0) {
                return scheduler.restart(runId);
            }
            RunSpec spec;
            try {
                spec = mapper.map(request.getKind(), runId, StructMaps.toMap(request.getOptions()));
            } catch (InvalidRunOptionException e) {
                throw GrpcErrors.invalidArgument(e.option(), e.getMessage());
            }
            return scheduler.start(runId, request.getKind(), spec);
        });
    }

    @Override
    public void getRun(GetRunRequest request, StreamObserver<RunStatus> response) {
        reply(response, () -> scheduler.status(requireRunId(request.getRunId())));
    }

    @Override
    public void cancelRun(GetRunRequest request, StreamObserver<RunStatus> response) {
        reply(response, () -> scheduler.cancel(requireRunId(request.getRunId())));
    }

    @Override
    public void watchRun(WatchRunRequest request, StreamObserver<RunEvent> response) {
        String runId;
        try {
            runId = requireRunId(request.getRunId());
        } catch (StatusRuntimeException e) {
            response.onError(e);
            return;
        }
        // A client that goes away only ends its own stream; the run goes on.
        if (response instanceof ServerCallStreamObserver<RunEvent> call) {
            call.setOnCancelHandler(() -> scheduler.unwatch(runId, response));
        }
        try {
            scheduler.watch(runId, response);
        } catch (StatusRuntimeException e) {
            response.onError(e);
        }
    }

    private static String requireRunId(String runId) {
        if (runId.isBlank()) {
            throw GrpcErrors.invalidArgument("run_id", "run_id is required");
        }
        return runId;
    }

    private static void reply(StreamObserver<RunStatus> response, Supplier<RunStatus> call) {
        RunStatus status;
        try {
            status = call.get();
        } catch (StatusRuntimeException e) {
            response.onError(e);
            return;
        }
        response.onNext(status);
        response.onCompleted();
    }
}

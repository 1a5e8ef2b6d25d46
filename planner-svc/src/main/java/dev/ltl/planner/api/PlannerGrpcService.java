package dev.ltl.planner.api;

import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.common.grpc.OrderedStreamProcessor;
import dev.ltl.common.grpc.RequestTimer;
import dev.ltl.planner.domain.ListenThenLookPlanner;
import dev.ltl.planner.domain.MissingInputException;
import dev.ltl.planner.domain.PlanInput;
import dev.ltl.planner.domain.PlanResult;
import dev.ltl.planner.domain.PlanningException;
import dev.ltl.planner.infra.PlannerServiceConfig;
import dev.ltl.planner.infra.PlanningExecutor;
import dev.ltl.proto.planner.v1.ListRelevanceProvidersRequest;
import dev.ltl.proto.planner.v1.ListRelevanceProvidersResponse;
import dev.ltl.proto.planner.v1.PlanRequest;
import dev.ltl.proto.planner.v1.PlanResponse;
import dev.ltl.proto.planner.v1.PlanStreamResponse;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import dev.ltl.proto.planner.v1.RelevanceRequest;
import dev.ltl.proto.planner.v1.RelevanceResponse;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import dev.ltl.proto.planner.v1.SelectFramesResponse;
import dev.ltl.proto.planner.v1.SelectFramesStreamResponse;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.grpc.GrpcService;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * gRPC endpoint of planner-svc: map, plan with the pure-Java planner (or select QA frames with
 * {@link FrameSelectionHandler}), answer with accounting. All work runs on the planning pool.
 */
@GrpcService
public class PlannerGrpcService extends PlannerServiceGrpc.PlannerServiceImplBase {
    private static final Logger LOG = Logger.getLogger(PlannerGrpcService.class);
    static final String SERVICE = "planner-svc";
    static final String MODEL = "ltl-planner@1";

    private final ListenThenLookPlanner planner = new ListenThenLookPlanner();
    private final PlanRequestMapper mapper;
    private final PlanningExecutor executor;
    private final PlannerServiceConfig config;
    private final MeterRegistry metrics;
    private final FrameSelectionHandler frameSelection;
    private final RelevanceHandler relevance;

    /** Without relevance providers (ScoreRelevance then knows none): for tests of the other RPCs. */
    public PlannerGrpcService(PlanRequestMapper mapper, PlanningExecutor executor, PlannerServiceConfig config,
                              MeterRegistry metrics, FrameSelectionHandler frameSelection) {
        this(mapper, executor, config, metrics, frameSelection, RelevanceHandler.withoutProviders(config));
    }

    @Inject
    public PlannerGrpcService(PlanRequestMapper mapper, PlanningExecutor executor, PlannerServiceConfig config,
                              MeterRegistry metrics, FrameSelectionHandler frameSelection, RelevanceHandler relevance) {
        this.frameSelection = frameSelection;
        this.relevance = relevance;
        this.mapper = mapper;
        this.executor = executor;
        this.config = config;
        this.metrics = metrics;
    }

    @Override
    public void plan(PlanRequest request, StreamObserver<PlanResponse> responses) {
        long received = System.nanoTime();
        Context context = Context.current();
        try {
            executor.pool().execute(context.wrap(() -> {
                try {
                    responses.onNext(planOne(request, received));
                    responses.onCompleted();
                } catch (RuntimeException e) {
                    responses.onError(asStatus(request, e));
                }
            }));
        } catch (RejectedExecutionException e) {
            responses.onError(GrpcErrors.resourceExhausted("", "planner-svc is shutting down or overloaded"));
        }
    }

    @Override
    public StreamObserver<PlanRequest> planStream(StreamObserver<PlanStreamResponse> responses) {
        Context context = Context.current();
        int concurrency = config.streamConcurrency();
        return OrderedStreamProcessor.start(responses, context.fixedContextExecutor(executor.pool()),
                concurrency, 64,
                request -> PlanStreamResponse.newBuilder().setRequestId(request.getRequestId())
                        .setResult(planOne(request, System.nanoTime())).build(),
                (request, error) -> PlanStreamResponse.newBuilder().setRequestId(request.getRequestId())
                        .setError(GrpcErrors.toRpcStatus(asStatus(request, error))).build());
    }

    @Override
    public void selectFrames(SelectFramesRequest request, StreamObserver<SelectFramesResponse> responses) {
        long received = System.nanoTime();
        Context context = Context.current();
        try {
            executor.pool().execute(context.wrap(() -> {
                try {
                    responses.onNext(frameSelection.selectOne(request, received));
                    responses.onCompleted();
                } catch (RuntimeException e) {
                    responses.onError(frameSelection.asStatus(request, e));
                }
            }));
        } catch (RejectedExecutionException e) {
            responses.onError(GrpcErrors.resourceExhausted("", "planner-svc is shutting down or overloaded"));
        }
    }

    @Override
    public StreamObserver<SelectFramesRequest> selectFramesStream(
            StreamObserver<SelectFramesStreamResponse> responses) {
        Context context = Context.current();
        return OrderedStreamProcessor.start(responses, context.fixedContextExecutor(executor.pool()),
                config.streamConcurrency(), 64,
                request -> SelectFramesStreamResponse.newBuilder().setRequestId(request.getRequestId())
                        .setResult(frameSelection.selectOne(request, System.nanoTime())).build(),
                (request, error) -> SelectFramesStreamResponse.newBuilder().setRequestId(request.getRequestId())
                        .setError(GrpcErrors.toRpcStatus(frameSelection.asStatus(request, error))).build());
    }

    @Override
    public void scoreRelevance(RelevanceRequest request, StreamObserver<RelevanceResponse> responses) {
        long received = System.nanoTime();
        Context context = Context.current();
        try {
            executor.pool().execute(context.wrap(() -> {
                try {
                    responses.onNext(relevance.scoreOne(request, received));
                    responses.onCompleted();
                } catch (RuntimeException e) {
                    responses.onError(relevanceStatus(request, e));
                }
            }));
        } catch (RejectedExecutionException e) {
            responses.onError(GrpcErrors.resourceExhausted("", "planner-svc is shutting down or overloaded"));
        }
    }

    @Override
    public void listRelevanceProviders(ListRelevanceProvidersRequest request,
                                       StreamObserver<ListRelevanceProvidersResponse> responses) {
        responses.onNext(relevance.list());
        responses.onCompleted();
    }

    private StatusRuntimeException relevanceStatus(RelevanceRequest request, RuntimeException error) {
        StatusRuntimeException status = RelevanceHandler.asStatusOrNull(error);
        if (status == null) {
            if (error instanceof StatusRuntimeException sre) {
                status = sre;
            } else {
                LOG.errorf(error, "relevance request '%s' failed", request.getRequestId());
                status = GrpcErrors.internal("relevance scoring failed: " + error);
            }
        }
        metrics.counter("ltl.planner.relevance.errors", "code", status.getStatus().getCode().name()).increment();
        return status;
    }

    private PlanResponse planOne(PlanRequest request, long receivedNanos) {
        RequestTimer timer = RequestTimer.startedAt(receivedNanos);
        timer.endQueue();
        if (Context.current().isCancelled()) {
            throw Status.CANCELLED.withDescription("request cancelled or past its deadline").asRuntimeException();
        }
        PlanInput input = mapper.toInput(request);
        timer.endPreprocess();
        PlanResult plan = planner.plan(input);
        timer.endInference();
        PlanResponse.Builder response = PlanResponseMapper.toResponse(request.getRequestId(), request.getBaseline(), plan);
        timer.endPostprocess();
        response.setAccounting(timer.accounting(SERVICE, request.getRequestId(), MODEL, "cpu", 1,
                PlanResponseMapper.tokens(plan)));
        String baseline = input.baseline().name().toLowerCase();
        Timer.builder("ltl.planner.plan").tag("baseline", baseline).description("planning latency")
                .publishPercentileHistogram().register(metrics).record(timer.elapsedMicros(), TimeUnit.MICROSECONDS);
        metrics.counter("ltl.planner.vision.tokens", "baseline", baseline).increment(plan.totalTokens());
        if (plan.fallbackUsed()) {
            metrics.counter("ltl.planner.fallbacks", "reason", String.valueOf(plan.fallbackReason())).increment();
        }
        return response.build();
    }

    private StatusRuntimeException asStatus(PlanRequest request, Throwable error) {
        StatusRuntimeException status;
        if (error instanceof StatusRuntimeException sre) {
            status = sre;
        } else if (error instanceof MissingInputException missing) {
            status = GrpcErrors.failedPrecondition(missing.field(), missing.getMessage());
        } else if (error instanceof PlanningException planning) {
            String field = planning.field();
            status = GrpcErrors.invalidArgument(isRequestField(field) ? field : "config." + field, planning.getMessage());
        } else if (error instanceof IllegalArgumentException iae) {
            status = GrpcErrors.invalidArgument("config", iae.getMessage());
        } else {
            LOG.errorf(error, "plan request '%s' failed", request.getRequestId());
            status = GrpcErrors.internal("planning failed: " + error);
        }
        metrics.counter("ltl.planner.errors", "code", status.getStatus().getCode().name()).increment();
        return status;
    }

    private static boolean isRequestField(String field) {
        return field != null && (field.startsWith("scores") || field.startsWith("oracle_segments")
                || field.startsWith("random_anchors") || field.startsWith("visual_scores") || field.equals("seed"));
    }
}

package dev.ltl.eventness.api;

import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.common.grpc.OrderedStreamProcessor;
import dev.ltl.common.grpc.RequestTimer;
import dev.ltl.common.media.DecodedMedia;
import dev.ltl.common.media.MediaDecodeException;
import dev.ltl.eventness.api.ScoreRequestValidator.ValidScoreRequest;
import dev.ltl.eventness.infra.EventnessConfig;
import dev.ltl.eventness.infra.MediaLoader;
import dev.ltl.eventness.infra.MethodCatalog;
import dev.ltl.eventness.infra.ScoringExecutor;
import dev.ltl.eventness.infra.ScoringMethod;
import dev.ltl.proto.eventness.v1.EventnessServiceGrpc;
import dev.ltl.proto.eventness.v1.ListMethodsRequest;
import dev.ltl.proto.eventness.v1.ListMethodsResponse;
import dev.ltl.proto.eventness.v1.MethodInfo;
import dev.ltl.proto.eventness.v1.ScoreRequest;
import dev.ltl.proto.eventness.v1.ScoreResponse;
import dev.ltl.proto.eventness.v1.ScoreStreamResponse;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.grpc.GrpcService;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * gRPC endpoint of eventness-svc: validates, decodes, scores, and answers with the accounting
 * envelope. Work runs on the bounded {@link ScoringExecutor}, never on the event loop.
 */
@GrpcService
public class EventnessGrpcService extends EventnessServiceGrpc.EventnessServiceImplBase {
    private static final Logger LOG = Logger.getLogger(EventnessGrpcService.class);
    static final String SERVICE = "eventness-svc";

    private final ScoreRequestValidator validator;
    private final MediaLoader mediaLoader;
    private final MethodCatalog catalog;
    private final ScoringExecutor executor;
    private final EventnessConfig config;
    private final MeterRegistry metrics;

    public EventnessGrpcService(ScoreRequestValidator validator, MediaLoader mediaLoader, MethodCatalog catalog,
                                ScoringExecutor executor, EventnessConfig config, MeterRegistry metrics) {
        this.validator = validator;
        this.mediaLoader = mediaLoader;
        this.catalog = catalog;
        this.executor = executor;
        this.config = config;
        this.metrics = metrics;
    }

    @Override
    public void score(ScoreRequest request, StreamObserver<ScoreResponse> responses) {
        long received = System.nanoTime();
        Context context = Context.current();
        try {
            executor.pool().execute(context.wrap(() -> {
                try {
                    responses.onNext(scoreOne(request, received));
                    responses.onCompleted();
                } catch (RuntimeException e) {
                    responses.onError(asStatus(request, e));
                }
            }));
        } catch (RejectedExecutionException e) {
            responses.onError(GrpcErrors.resourceExhausted("", "eventness-svc is shutting down or overloaded"));
        }
    }

    @Override
    public StreamObserver<ScoreRequest> scoreStream(StreamObserver<ScoreStreamResponse> responses) {
        Context context = Context.current();
        return OrderedStreamProcessor.start(responses, context.fixedContextExecutor(executor.pool()),
                config.streamConcurrency(), config.streamConcurrency(),
                request -> ScoreStreamResponse.newBuilder().setRequestId(request.getRequestId())
                        .setResult(scoreOne(request, System.nanoTime())).build(),
                (request, error) -> ScoreStreamResponse.newBuilder().setRequestId(request.getRequestId())
                        .setError(GrpcErrors.toRpcStatus(asStatus(request, error))).build());
    }

    @Override
    public void listMethods(ListMethodsRequest request, StreamObserver<ListMethodsResponse> responses) {
        ListMethodsResponse.Builder list = ListMethodsResponse.newBuilder();
        for (ScoringMethod method : catalog.all()) {
            list.addMethods(MethodInfo.newBuilder().setName(method.name()).setDescription(method.description())
                    .setKind(method.kind()).addAllModels(method.models()).setReady(method.ready())
                    .setNeedsFrames(method.needsFrames()));
        }
        responses.onNext(list.build());
        responses.onCompleted();
    }

    private ScoreResponse scoreOne(ScoreRequest request, long receivedNanos) {
        RequestTimer timer = RequestTimer.startedAt(receivedNanos);
        timer.endQueue();
        if (Context.current().isCancelled()) {
            throw Status.CANCELLED.withDescription("request cancelled or past its deadline before scoring")
                    .asRuntimeException();
        }
        ValidScoreRequest valid = validator.validate(request);
        DecodedMedia media;
        try {
            media = mediaLoader.load(request.getMedia(), valid.decodeOptions());
        } catch (MediaDecodeException e) {
            throw GrpcErrors.invalidArgument(e.field(), e.getMessage());
        } catch (MediaLoader.AccessDeniedException e) {
            throw Status.PERMISSION_DENIED.withDescription(e.getMessage()).asRuntimeException();
        }
        if (valid.method().needsFrames() && media.frames().isEmpty()) {
            throw GrpcErrors.invalidArgument("media", "method '" + valid.method().name()
                    + "' needs video frames but the media has none (give a video URI or media.frames)");
        }
        timer.endPreprocess();
        if (Context.current().isCancelled()) {
            throw Status.CANCELLED.withDescription("request cancelled or past its deadline after decoding")
                    .asRuntimeException();
        }
        double[] scores = valid.method().score(media);
        timer.endInference();
        ScoreResponse.Builder response = ScoreResponse.newBuilder()
                .setRequestId(request.getRequestId())
                .setMethod(valid.method().name())
                .setModel(valid.method().modelId())
                .setDurationS(media.durationS());
        for (double score : scores) {
            response.addScores(score);
        }
        timer.endPostprocess();
        response.setAccounting(timer.accounting(SERVICE, request.getRequestId(), valid.method().modelId(),
                "cpu", 1, null));
        Timer.builder("ltl.eventness.score").tag("method", valid.method().name())
                .description("eventness scoring latency (decode + score)")
                .publishPercentileHistogram().register(metrics)
                .record(timer.elapsedMicros(), java.util.concurrent.TimeUnit.MICROSECONDS);
        metrics.counter("ltl.eventness.audio.seconds", "method", valid.method().name()).increment(media.numSeconds());
        return response.build();
    }

    /** Maps any failure to a gRPC status; unexpected ones are logged and become INTERNAL. */
    private StatusRuntimeException asStatus(ScoreRequest request, Throwable error) {
        StatusRuntimeException status;
        if (error instanceof StatusRuntimeException sre) {
            status = sre;
        } else if (error instanceof IllegalArgumentException iae) {
            status = GrpcErrors.invalidArgument("media", iae.getMessage());
        } else if (error instanceof IllegalStateException ise) {
            status = GrpcErrors.failedPrecondition("method", ise.getMessage());
        } else {
            LOG.errorf(error, "scoring request '%s' failed", request.getRequestId());
            status = GrpcErrors.internal("scoring failed: " + error);
        }
        String method = request.getMethod().isBlank() ? "none" : request.getMethod();
        metrics.counter("ltl.eventness.errors", "method", catalog.find(method).isPresent() ? method : "unknown",
                "code", status.getStatus().getCode().name()).increment();
        return status;
    }
}

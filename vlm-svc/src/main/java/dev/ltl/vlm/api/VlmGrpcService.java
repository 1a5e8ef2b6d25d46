package dev.ltl.vlm.api;

import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.common.grpc.OrderedStreamProcessor;
import dev.ltl.proto.vlm.v1.AnswerRequest;
import dev.ltl.proto.vlm.v1.AnswerResponse;
import dev.ltl.proto.vlm.v1.AnswerStreamResponse;
import dev.ltl.proto.vlm.v1.EmbedRequest;
import dev.ltl.proto.vlm.v1.EmbedResponse;
import dev.ltl.proto.vlm.v1.EmbedStreamResponse;
import dev.ltl.proto.vlm.v1.ListModelsRequest;
import dev.ltl.proto.vlm.v1.ListModelsResponse;
import dev.ltl.proto.vlm.v1.ModelInfo;
import dev.ltl.proto.vlm.v1.ModelTask;
import dev.ltl.proto.vlm.v1.VlmServiceGrpc;
import dev.ltl.vlm.domain.BackboneSpec;
import dev.ltl.vlm.infra.AnswerModels;
import dev.ltl.vlm.infra.ServedAnswerModel;
import dev.ltl.vlm.infra.ServedModel;
import dev.ltl.vlm.infra.VlmConfig;
import dev.ltl.vlm.infra.VlmExecutors;
import dev.ltl.vlm.infra.VlmModels;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.grpc.GrpcService;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * gRPC endpoint of vlm-svc: Embed, EmbedStream, Answer, AnswerStream and ListModels. Embed decoding and
 * preprocessing run on the bounded worker pool, never on the event loop; embedding inference runs in the
 * models' dynamic batchers. Answer requests run whole on the bounded answer pool; when its queue is full they
 * are refused with RESOURCE_EXHAUSTED.
 */
@GrpcService
public class VlmGrpcService extends VlmServiceGrpc.VlmServiceImplBase {
    private static final Logger LOG = Logger.getLogger(VlmGrpcService.class);

    private final EmbedPipeline pipeline;
    private final AnswerPipeline answers;
    private final VlmModels models;
    private final AnswerModels answerModels;
    private final VlmExecutors executors;
    private final VlmConfig config;
    private final MeterRegistry metrics;

    public VlmGrpcService(EmbedPipeline pipeline, AnswerPipeline answers, VlmModels models, AnswerModels answerModels,
                          VlmExecutors executors, VlmConfig config, MeterRegistry metrics) {
        this.pipeline = pipeline;
        this.answers = answers;
        this.models = models;
        this.answerModels = answerModels;
        this.executors = executors;
        this.config = config;
        this.metrics = metrics;
    }

    @Override
    public void embed(EmbedRequest request, StreamObserver<EmbedResponse> responses) {
        long received = System.nanoTime();
        Context context = Context.current();
        try {
            executors.workers().execute(context.wrap(() -> {
                try {
                    pipeline.start(request, received).whenComplete((response, error) -> {
                        if (error != null) {
                            responses.onError(asStatus(request, error));
                        } else {
                            record(response);
                            responses.onNext(response);
                            responses.onCompleted();
                        }
                    });
                } catch (RuntimeException e) {
                    responses.onError(asStatus(request, e));
                }
            }));
        } catch (RejectedExecutionException e) {
            responses.onError(GrpcErrors.resourceExhausted("", "vlm-svc is shutting down or overloaded"));
        }
    }

    @Override
    public StreamObserver<EmbedRequest> embedStream(StreamObserver<EmbedStreamResponse> responses) {
        Context context = Context.current();
        return OrderedStreamProcessor.start(responses, context.fixedContextExecutor(executors.workers()),
                config.streamConcurrency(), config.streamConcurrency(),
                request -> {
                    EmbedResponse response = pipeline.start(request, System.nanoTime()).join();
                    record(response);
                    return EmbedStreamResponse.newBuilder().setRequestId(request.getRequestId())
                            .setResult(response).build();
                },
                (request, error) -> EmbedStreamResponse.newBuilder().setRequestId(request.getRequestId())
                        .setError(GrpcErrors.toRpcStatus(asStatus(request, error))).build());
    }

    @Override
    public void answer(AnswerRequest request, StreamObserver<AnswerResponse> responses) {
        long received = System.nanoTime();
        Context context = Context.current();
        try {
            executors.answers().execute(context.wrap(() -> {
                try {
                    AnswerResponse response = answers.answer(request, received);
                    record(response);
                    responses.onNext(response);
                    responses.onCompleted();
                } catch (RuntimeException e) {
                    responses.onError(asStatus(request.getRequestId(), e));
                }
            }));
        } catch (RejectedExecutionException e) {
            responses.onError(answerQueueFull());
        }
    }

    @Override
    public StreamObserver<AnswerRequest> answerStream(StreamObserver<AnswerStreamResponse> responses) {
        Context context = Context.current();
        int concurrency = config.answer().streamConcurrency();
        return OrderedStreamProcessor.start(responses, context.fixedContextExecutor(executors.answers()),
                concurrency, concurrency,
                request -> {
                    AnswerResponse response = answers.answer(request, System.nanoTime());
                    record(response);
                    return AnswerStreamResponse.newBuilder().setRequestId(request.getRequestId())
                            .setResult(response).build();
                },
                (request, error) -> AnswerStreamResponse.newBuilder().setRequestId(request.getRequestId())
                        .setError(GrpcErrors.toRpcStatus(error instanceof RejectedExecutionException
                                ? answerQueueFull() : asStatus(request.getRequestId(), error))).build());
    }

    @Override
    public void listModels(ListModelsRequest request, StreamObserver<ListModelsResponse> responses) {
        ListModelsResponse.Builder list = ListModelsResponse.newBuilder();
        for (ServedModel model : models.all()) {
            ModelInfo.Builder info = ModelInfo.newBuilder().setStatus(model.status()).setTask(ModelTask.MODEL_TASK_EMBED);
            model.spec().ifPresent(spec -> describe(spec, info));
            list.addModels(info);
        }
        for (ServedAnswerModel model : answerModels.all()) {
            list.addModels(ModelInfo.newBuilder().setStatus(model.status()).setTask(ModelTask.MODEL_TASK_ANSWER)
                    .setRuntime(model.runtime()));
        }
        responses.onNext(list.build());
        responses.onCompleted();
    }

    private static void describe(BackboneSpec spec, ModelInfo.Builder info) {
        info.setKind(EmbedResponseAssembler.kind(spec))
                .setEmbeddingDim(spec.embeddingDim())
                .setEmbeddingOutput(spec.embeddingOutput())
                .setInputSize(spec.preprocessing().inputSize())
                .setPatchSize(spec.tokens().patchSize())
                .setMaxBatch(spec.maxBatch())
                .setMaxQueueDelayUs(spec.maxQueueDelayUs());
    }

    private void record(EmbedResponse response) {
        Timer.builder("ltl.vlm.embed").tag("model", response.getModel())
                .description("Embed latency (queue + decode + batched inference)")
                .publishPercentileHistogram().register(metrics)
                .record(response.getAccounting().getTimings().getTotalUs(), TimeUnit.MICROSECONDS);
        metrics.counter("ltl.vlm.vision.tokens", "model", response.getModel())
                .increment(response.getAccounting().getTokens().getVisionTokens());
        metrics.summary("ltl.vlm.batch.size", "model", response.getModel())
                .record(response.getAccounting().getBatchSize());
    }

    private void record(AnswerResponse response) {
        String strategy = response.getStrategy().name().replace("ANSWER_STRATEGY_", "").toLowerCase(java.util.Locale.ROOT);
        Timer.builder("ltl.vlm.answer").tag("model", response.getModel()).tag("strategy", strategy)
                .description("Answer latency (queue + decode + model)")
                .publishPercentileHistogram().register(metrics)
                .record(response.getAccounting().getTimings().getTotalUs(), TimeUnit.MICROSECONDS);
        metrics.counter("ltl.vlm.answer.vision.tokens", "model", response.getModel())
                .increment(response.getStats().getVisionTokens());
        metrics.counter("ltl.vlm.answer.prompt.tokens", "model", response.getModel())
                .increment(response.getStats().getPromptTokens());
        metrics.counter("ltl.vlm.answer.generated.tokens", "model", response.getModel())
                .increment(response.getStats().getGeneratedTokens());
        if (response.getInvalid()) {
            metrics.counter("ltl.vlm.answer.invalid", "model", response.getModel()).increment();
        }
    }

    private StatusRuntimeException answerQueueFull() {
        metrics.counter("ltl.vlm.errors", "code", Status.Code.RESOURCE_EXHAUSTED.name()).increment();
        return GrpcErrors.resourceExhausted("", "vlm-svc answer queue is full (ltl.vlm.answer.max-queue); retry later");
    }

    private StatusRuntimeException asStatus(EmbedRequest request, Throwable error) {
        return asStatus(request.getRequestId(), error);
    }

    /** Maps any failure to a gRPC status; unexpected ones are logged and become INTERNAL. */
    private StatusRuntimeException asStatus(String requestId, Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        StatusRuntimeException status;
        if (cause instanceof StatusRuntimeException sre) {
            status = sre;
        } else if (cause instanceof CancellationException || cause instanceof RejectedExecutionException) {
            status = Status.UNAVAILABLE.withDescription("vlm-svc is shutting down: " + cause.getMessage())
                    .asRuntimeException();
        } else if (cause instanceof IllegalArgumentException iae) {
            status = GrpcErrors.invalidArgument("images", iae.getMessage());
        } else {
            LOG.errorf(cause, "request '%s' failed", requestId);
            status = GrpcErrors.internal("request failed: " + cause);
        }
        metrics.counter("ltl.vlm.errors", "code", status.getStatus().getCode().name()).increment();
        return status;
    }
}

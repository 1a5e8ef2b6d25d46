package dev.ltl.planner.api;

import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.common.grpc.RequestTimer;
import dev.ltl.planner.infra.PlannerServiceConfig;
import dev.ltl.planner.infra.RelevanceModels;
import dev.ltl.planner.infra.RelevanceProviderLoader;
import dev.ltl.proto.common.v1.ModelState;
import dev.ltl.proto.common.v1.ModelStatus;
import dev.ltl.proto.planner.v1.ListRelevanceProvidersResponse;
import dev.ltl.proto.planner.v1.RelevanceProviderInfo;
import dev.ltl.proto.planner.v1.RelevanceRequest;
import dev.ltl.proto.planner.v1.RelevanceResponse;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import dev.ltl.proto.planner.v1.Transcript;
import dev.ltl.proto.planner.v1.TranscriptWord;
import dev.ltl.relevance.domain.ModelReadiness;
import dev.ltl.relevance.domain.ProviderInfo;
import dev.ltl.relevance.domain.ProviderNotReadyException;
import dev.ltl.relevance.domain.RelevanceInput;
import dev.ltl.relevance.domain.RelevanceInputException;
import dev.ltl.relevance.domain.RelevanceProvider;
import dev.ltl.relevance.domain.RelevanceProviders;
import dev.ltl.relevance.domain.RelevanceResult;
import dev.ltl.relevance.domain.TimedWord;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code ScoreRelevance}, {@code ListRelevanceProviders}, and the relevance a ql2l_* {@code SelectFrames}
 * request computes when it carries a question instead of a relevance vector.
 *
 * <p>Errors: an unknown provider is INVALID_ARGUMENT on {@code provider}; a provider whose model is not
 * configured or not ready is FAILED_PRECONDITION naming the model; missing media / transcript /
 * num_seconds is INVALID_ARGUMENT naming the field, except "no transcript and no ASR model", which is
 * FAILED_PRECONDITION on {@code transcript}.
 */
@ApplicationScoped
public class RelevanceHandler {
    static final String QL2L_PREFIX = "ql2l_";

    private final RelevanceProviders providers;
    private final RelevanceInputMapper inputs;
    /** Provider name → the model id its accounting names; fixed once the providers are loaded. */
    private final Map<String, String> modelIds;

    @Inject
    public RelevanceHandler(RelevanceModels models, RelevanceInputMapper inputs) {
        this(models.providers(), inputs);
    }

    RelevanceHandler(RelevanceProviders providers, RelevanceInputMapper inputs) {
        this.providers = providers;
        this.inputs = inputs;
        this.modelIds = providers.describe().stream().collect(Collectors.toUnmodifiableMap(p -> p.name(),
                p -> p.models().isEmpty() ? RelevanceProviderLoader.BM25_ENGINE
                        : p.models().stream().map(ModelReadiness::id).collect(Collectors.joining(",")),
                (first, second) -> first));
    }

    /** A handler that offers no provider: for wiring the service without relevance models (tests). */
    static RelevanceHandler withoutProviders(PlannerServiceConfig config) {
        return new RelevanceHandler(RelevanceProviders.builder().build(), new RelevanceInputMapper(config));
    }

    RelevanceResponse scoreOne(RelevanceRequest request, long receivedNanos) {
        RequestTimer timer = RequestTimer.startedAt(receivedNanos);
        timer.endQueue();
        requireNotCancelled();
        if (request.getProvider().isEmpty()) {
            throw new RelevanceInputException("provider", "provider is required (clap, asr_bm25, clip or text)");
        }
        RelevanceProvider provider = providers.require("provider", request.getProvider());
        RelevanceInput input = inputs.toInput(new RelevanceInputMapper.Fields(request.getProvider(),
                request.getQuestion(), request.getNumSeconds(), request.getMedia(), request.hasMedia(),
                request.getTranscript(), request.hasTranscript(), request.getTranscriptUri()));
        timer.endPreprocess();
        RelevanceResult result = provider.score(input);
        timer.endInference();
        RelevanceResponse.Builder response = RelevanceResponse.newBuilder().setRequestId(request.getRequestId())
                .setProvider(provider.name());
        for (double r : result.relevance()) {
            response.addRelevance(r);
        }
        if (!result.transcript().isEmpty() || request.hasTranscript() || !request.getTranscriptUri().isBlank()) {
            response.setTranscript(transcript(result.transcript()));
        }
        timer.endPostprocess();
        response.setAccounting(timer.accounting(PlannerGrpcService.SERVICE, request.getRequestId(),
                modelOf(provider.name()), "cpu", 1, null));
        return response.build();
    }

    /**
     * The relevance a ql2l_* request computes itself: the provider is the method's suffix
     * ({@code ql2l_clip} → {@code clip}); T is {@code num_seconds}, else the length of the per-second
     * vectors given, else the media's.
     */
    double[] relevanceFor(SelectFramesRequest request) {
        String provider = request.getMethod().substring(QL2L_PREFIX.length());
        int numSeconds = request.getNumSeconds() > 0 ? request.getNumSeconds()
                : Math.max(request.getAudioScoresCount(), request.getVisualScoresCount());
        RelevanceInput input = inputs.toInput(new RelevanceInputMapper.Fields(provider, request.getQuestion(),
                numSeconds, request.getMedia(), request.hasMedia(), request.getTranscript(), request.hasTranscript(),
                request.getTranscriptUri()));
        return providers.require("method", provider).score(input).relevance();
    }

    /** Whether a SelectFrames request asks the service to compute relevance. */
    static boolean computesRelevance(SelectFramesRequest request) {
        return request.getMethod().startsWith(QL2L_PREFIX) && request.getRelevanceCount() == 0
                && !request.getQuestion().isBlank();
    }

    ListRelevanceProvidersResponse list() {
        ListRelevanceProvidersResponse.Builder response = ListRelevanceProvidersResponse.newBuilder();
        for (ProviderInfo info : providers.describe()) {
            RelevanceProviderInfo.Builder provider = RelevanceProviderInfo.newBuilder().setProvider(info.name());
            for (ModelReadiness model : info.models()) {
                provider.addModels(ModelStatus.newBuilder().setName(model.name()).setVersion(model.version())
                        .setState(model.ready() ? ModelState.MODEL_STATE_READY : ModelState.MODEL_STATE_NOT_READY)
                        .setMessage(model.message()).setDevice("cpu"));
            }
            response.addProviders(provider);
        }
        return response.build();
    }

    /** The gRPC status of a relevance error, or empty when {@code error} is not one. */
    static StatusRuntimeException asStatusOrNull(Throwable error) {
        if (error instanceof ProviderNotReadyException notReady) {
            return GrpcErrors.failedPrecondition(notReady.field(), notReady.getMessage());
        }
        if (error instanceof RelevanceInputException invalid) {
            return GrpcErrors.invalidArgument(invalid.field(), invalid.getMessage());
        }
        if (error instanceof MediaAccessDeniedException denied) {
            return GrpcErrors.permissionDenied(denied.field(), denied.getMessage());
        }
        return null;
    }

    private String modelOf(String provider) {
        return modelIds.getOrDefault(provider, provider);
    }

    static Transcript transcript(List<TimedWord> words) {
        Transcript.Builder transcript = Transcript.newBuilder();
        for (TimedWord w : words) {
            transcript.addWords(TranscriptWord.newBuilder().setText(w.text()).setStartS(w.startS()).setEndS(w.endS()));
        }
        return transcript.build();
    }

    private static void requireNotCancelled() {
        if (Context.current().isCancelled()) {
            throw Status.CANCELLED.withDescription("request cancelled or past its deadline").asRuntimeException();
        }
    }
}

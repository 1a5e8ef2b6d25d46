package dev.ltl.planner.api;

import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.planner.domain.qa.QaMethod;
import dev.ltl.planner.domain.qa.QaSelection;
import dev.ltl.planner.domain.qa.QaSelectionRequest;
import dev.ltl.planner.domain.qa.QaSelectionResult;
import dev.ltl.planner.infra.PlannerServiceConfig;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import dev.ltl.proto.planner.v1.SelectFramesResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Maps {@link SelectFramesRequest} to the domain's {@link QaSelectionRequest} and the result
 * back. At the edge it checks only what the domain cannot know: that a method is named and that
 * the video fits the service's size limit. Value rules (budget, finiteness, lengths, inputs a
 * method needs) are the domain's and surface as its exceptions, which name the field.
 */
@ApplicationScoped
public class SelectFramesMapper {
    private final PlannerServiceConfig config;

    public SelectFramesMapper(PlannerServiceConfig config) {
        this.config = config;
    }

    public QaSelectionRequest toDomain(SelectFramesRequest request) {
        if (request.getMethod().isEmpty()) {
            throw GrpcErrors.invalidArgument("method", "method is required (uniform, random, text_only, audio, "
                    + "cheap_visual, fused, ql2l_clap, ql2l_asr_bm25, ql2l_clip, ql2l_text or mixture)");
        }
        QaMethod method = QaMethod.fromWire(request.getMethod());
        requireWithinLimit("num_seconds", request.getNumSeconds());
        requireWithinLimit("audio_scores", request.getAudioScoresCount());
        requireWithinLimit("visual_scores", request.getVisualScoresCount());
        requireWithinLimit("relevance", request.getRelevanceCount());
        requireWithinLimit("scores", request.getScoresCount());
        return new QaSelectionRequest(method, request.getNumSeconds(),
                request.hasBudgetFrames() ? request.getBudgetFrames() : null, request.getSeed(),
                request.getItemSeedKey(), doubles(request.getAudioScoresList()),
                doubles(request.getVisualScoresList()), doubles(request.getRelevanceList()),
                doubles(request.getScoresList()));
    }

    /** The wire response (accounting is added by the caller). */
    static SelectFramesResponse.Builder toResponse(String requestId, QaSelectionResult result) {
        QaSelection selection = result.selection();
        SelectFramesResponse.Builder response = SelectFramesResponse.newBuilder()
                .setRequestId(requestId)
                .setMethod(result.method().wireName())
                .setNumSeconds(result.numSeconds())
                .setSeedUsed(result.seedUsed())
                .addAllSelectedSeconds(selection.selectedSeconds())
                .addAllBackgroundSeconds(selection.backgroundSeconds())
                .addAllAnchorSeconds(selection.anchorSeconds())
                .addAllAnchors(selection.anchors());
        selection.reliability().ifPresent(reliability -> response.setAlpha(reliability.alpha())
                .setQBar(reliability.qBar()).setReliabilityMetric(reliability.metric()));
        return response;
    }

    /** The service limits this mapper checks against (shared with the relevance input mapper). */
    PlannerServiceConfig config() {
        return config;
    }

    /** Refuses a vector longer than the per-selection limit (ltl.planner.max-seconds); also the epic_* branch's. */
    void requireWithinLimit(String field, int seconds) {
        if (seconds > config.maxSeconds()) {
            throw GrpcErrors.invalidArgument(field, field + " covers " + seconds + " seconds; at most "
                    + config.maxSeconds() + " per selection (ltl.planner.max-seconds)");
        }
    }

    private static double[] doubles(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}

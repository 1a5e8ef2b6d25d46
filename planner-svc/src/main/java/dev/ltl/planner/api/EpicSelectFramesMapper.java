package dev.ltl.planner.api;

import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.planner.domain.epic.EpicMethod;
import dev.ltl.planner.domain.epic.EpicPlan;
import dev.ltl.planner.domain.epic.EpicSelectionRequest;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import dev.ltl.proto.planner.v1.SelectFramesResponse;

/**
 * The {@code epic_*} branch of {@code SelectFrames} (ltl-qa-epic.md §6): maps the request to
 * the domain's {@link EpicSelectionRequest} and the {@link EpicPlan} back. Reads num_seconds,
 * max_steps, seed, item_seed_key (the video id that seeds epic_random), audio_scores and
 * oracle_anchor_seconds; value rules are the domain's and name their field.
 */
final class EpicSelectFramesMapper {
    /** Owns the per-selection size limit (ltl.planner.max-seconds) both branches check. */
    private final SelectFramesMapper limits;

    EpicSelectFramesMapper(SelectFramesMapper limits) {
        this.limits = limits;
    }

    EpicSelectionRequest toDomain(SelectFramesRequest request) {
        EpicMethod method = EpicMethod.fromWire(request.getMethod());
        limits.requireWithinLimit("num_seconds", request.getNumSeconds());
        limits.requireWithinLimit("audio_scores", request.getAudioScoresCount());
        limits.requireWithinLimit("oracle_anchor_seconds", request.getOracleAnchorSecondsCount());
        if (request.getMaxSteps() <= 0) {
            throw GrpcErrors.invalidArgument("max_steps", "max_steps is required for " + method.wireName()
                    + " and must be >= 1 (the budget is max_steps * 196 tokens)");
        }
        return new EpicSelectionRequest(method, request.getNumSeconds(), request.getMaxSteps(), request.getSeed(),
                request.getItemSeedKey(), request.getAudioScoresList().stream().mapToDouble(Double::doubleValue).toArray(),
                request.getOracleAnchorSecondsList().stream().mapToInt(Integer::intValue).toArray());
    }

    /** The wire response (accounting is added by the caller); seed_used carries the seed bits as int64. */
    static SelectFramesResponse.Builder toResponse(String requestId, EpicPlan plan) {
        return SelectFramesResponse.newBuilder()
                .setRequestId(requestId)
                .setMethod(plan.method().wireName())
                .setNumSeconds(plan.numSeconds())
                .setSeedUsed(plan.seedUsed())
                .addAllSelectedSeconds(plan.selectedSeconds())
                .addAllResolutions(plan.resolutions())
                .addAllAnchors(plan.anchors())
                .setTotalTokens(plan.totalTokens());
    }
}

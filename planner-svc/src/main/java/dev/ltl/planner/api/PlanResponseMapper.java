package dev.ltl.planner.api;

import dev.ltl.planner.domain.PlanResult;
import dev.ltl.proto.common.v1.ImageTokens;
import dev.ltl.proto.common.v1.TokenUsage;
import dev.ltl.proto.planner.v1.Baseline;
import dev.ltl.proto.planner.v1.PlanResponse;

/** Maps a domain {@link PlanResult} to the wire response (accounting is added by the caller). */
final class PlanResponseMapper {
    private PlanResponseMapper() {
    }

    static PlanResponse.Builder toResponse(String requestId, Baseline baseline, PlanResult plan) {
        PlanResponse.Builder response = PlanResponse.newBuilder()
                .setRequestId(requestId)
                .setBaseline(baseline == Baseline.BASELINE_UNSPECIFIED ? Baseline.BASELINE_ANCHORED : baseline)
                .setTotalTokens(plan.totalTokens())
                .setBudget(plan.budget())
                .setFallbackUsed(plan.fallbackUsed())
                .setFallbackReason(plan.fallbackReason() == null ? "" : plan.fallbackReason())
                .setConfMetric(plan.confMetric() == null ? "" : plan.confMetric())
                .setConfValue(plan.confValue())
                .setMaxHighAnchors(plan.maxHighAnchors() == null ? -1 : plan.maxHighAnchors())
                .setMaxHighAnchorsUsed(plan.maxHighAnchorsUsed() == null ? -1 : plan.maxHighAnchorsUsed())
                .setLowResUsed(plan.lowResUsed())
                .setHighResUsed(plan.highResUsed())
                .setPatchSize(plan.patchSize());
        for (int r : plan.resolutions()) {
            response.addResolutions(r);
        }
        for (int a : plan.anchors()) {
            response.addAnchors(a);
        }
        for (long t : plan.tokensPerSecond()) {
            response.addTokensPerSecond(t);
        }
        return response;
    }

    /** Planned vision tokens, one entry per second, for the accounting envelope. */
    static TokenUsage tokens(PlanResult plan) {
        TokenUsage.Builder usage = TokenUsage.newBuilder().setVisionTokens(plan.totalTokens());
        int[] resolutions = plan.resolutions();
        for (int i = 0; i < resolutions.length; i++) {
            usage.addImages(ImageTokens.newBuilder().setIndex(i).setResolution(resolutions[i])
                    .setWidth(resolutions[i]).setHeight(resolutions[i]).setTokens(plan.tokensPerSecond()[i]));
        }
        return usage.build();
    }
}

package dev.ltl.planner.domain.policy;

import dev.ltl.planner.domain.ConfidenceMetrics;
import dev.ltl.planner.domain.PlannerConfig;
import java.util.List;

/**
 * §3.6: how many anchors may get high resolution (M, null = as many as the budget allows).
 * Demotion returns 1; the demoted anchor stays in the anchor list and still attracts base seconds.
 */
public final class HighCountPolicy {
    private static final int DEMOTED = 1;

    private HighCountPolicy() {
    }

    /**
     * @param anchors   the final anchors (at most k), highest-scored first
     * @param rawScores the raw Stage-1 scores (not smoothed, not shifted)
     */
    public static Integer maxHigh(PlannerConfig cfg, List<Integer> anchors, double[] rawScores) {
        Integer configured = cfg.maxHighAnchors();
        HighPolicy policy = cfg.highPolicy();
        if (policy == HighPolicy.FIXED || anchors.size() < 2) {
            return configured;
        }
        int distance = Math.abs(anchors.get(0) - anchors.get(1));
        boolean adjacent = distance <= cfg.anchorHighAdjacentDist();
        switch (policy) {
            case ADAPTIVE_V1 -> {
                if (adjacent || gapIsLarge(cfg, rawScores)) {
                    return DEMOTED;
                }
            }
            case ADAPTIVE_V2 -> {
                if (adjacent || highConfidenceIsLow(cfg, rawScores) || gapIsLarge(cfg, rawScores)) {
                    return DEMOTED;
                }
            }
            case ADAPTIVE_V3 -> {
                // "keepadj": the opposite adjacency rule, two highs only for adjacent anchors.
                if (!adjacent || highConfidenceIsLow(cfg, rawScores) || gapIsLarge(cfg, rawScores)) {
                    return DEMOTED;
                }
            }
            default -> throw new IllegalStateException(policy.toString());
        }
        return configured;
    }

    private static boolean gapIsLarge(PlannerConfig cfg, double[] s) {
        double threshold = cfg.anchorHighGapThreshold();
        return threshold > 0 && ConfidenceMetrics.compute(ConfidenceMetrics.TOP12_GAP, s) >= threshold;
    }

    private static boolean highConfidenceIsLow(PlannerConfig cfg, double[] s) {
        double threshold = cfg.anchorHighConfThreshold();
        return threshold > 0 && ConfidenceMetrics.compute(cfg.effectiveHighConfMetric(), s) < threshold;
    }
}

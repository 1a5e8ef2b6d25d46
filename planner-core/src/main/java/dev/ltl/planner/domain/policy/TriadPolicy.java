package dev.ltl.planner.domain.policy;

import dev.ltl.planner.domain.ConfidenceMetrics;
import dev.ltl.planner.domain.PlannerConfig;

/** §3.7: which (low, high) pair a clip uses, and the extra cap on high seconds it may impose. */
public final class TriadPolicy {
    private TriadPolicy() {
    }

    /** The configured triad, unchanged (random, oracle and every fixed-policy clip). */
    public static Triad fixed(PlannerConfig cfg, Integer maxHigh) {
        return new Triad(cfg.lowRes(), cfg.baseRes(), cfg.highRes(), maxHigh);
    }

    /**
     * For anchored clips. {@code top1med_tiered_v1}: when alt threshold > 0 and the gate metric
     * (default std) on the raw scores reaches it, switch to (alt_low, alt_high) with base unchanged
     * and cap M at min(M, alt_max_high).
     */
    public static Triad forAnchored(PlannerConfig cfg, double[] rawScores, Integer maxHigh) {
        if (cfg.triadPolicyKind() == TriadPolicyKind.FIXED) {
            return fixed(cfg, maxHigh);
        }
        double threshold = cfg.triadAltConfThreshold();
        boolean confident = threshold > 0
                && ConfidenceMetrics.compute(cfg.effectiveConfMetric(), rawScores) >= threshold;
        if (!confident) {
            return fixed(cfg, maxHigh);
        }
        int altCap = cfg.triadAltMaxHighAnchors();
        Integer capped = maxHigh == null ? altCap : Math.min(maxHigh, altCap);
        return new Triad(cfg.triadAltLowRes(), cfg.baseRes(), cfg.triadAltHighRes(), capped);
    }
}

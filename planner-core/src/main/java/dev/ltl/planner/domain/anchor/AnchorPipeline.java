package dev.ltl.planner.domain.anchor;

import dev.ltl.planner.domain.ConfidenceMetrics;
import dev.ltl.planner.domain.PlannerConfig;
import dev.ltl.planner.domain.select.AnchorSelector;
import dev.ltl.planner.domain.select.ScoreSmoothing;
import dev.ltl.planner.domain.select.SelectorSettings;
import java.util.List;

/**
 * Steps 2–8 of the per-clip planning order (reference §3.2): confidence gate, smoothing,
 * selection, shift, visual fallback and anchor-2 veto, far fallback, drop far.
 */
public final class AnchorPipeline {
    private AnchorPipeline() {
    }

    /**
     * @param scores       raw Stage-1 scores, one per second
     * @param visualScores cheap visual scores, needed only when a cheap-visual fallback fires
     */
    public static AnchorOutcome run(double[] scores, PlannerConfig cfg, double[] visualScores) {
        int n = scores.length;
        SelectorSettings selector = selectorSettings(cfg);

        // Step 2: the gate looks at the raw, unsmoothed scores; a threshold <= 0 disables it.
        String metric = cfg.effectiveConfMetric();
        double conf = ConfidenceMetrics.compute(metric, scores);
        double threshold = cfg.effectiveConfThreshold();
        boolean gateFailed = threshold > 0 && conf < threshold;

        AnchorOutcome outcome;
        if (gateFailed) {
            outcome = new AnchorOutcome(List.of(), true, FallbackReason.CONF_BELOW_THRESHOLD, metric, conf);
        } else {
            // Steps 3-5: smoothing affects selection only; then shift with drop-not-replace.
            List<Integer> selected = AnchorSelector.select(selectionSignal(scores, cfg), selector);
            List<Integer> shifted = AnchorShift.apply(selected, cfg.anchorShift(), n);
            outcome = new AnchorOutcome(shifted, false, null, metric, conf);
        }

        // Step 6: visual fallback for clips that fell back (fallback_used stays true), veto for the rest.
        if (outcome.fallbackUsed() && cfg.fallbackMode().usesVisualScores()) {
            outcome = outcome.withAnchors(VisualFallback.anchors(visualScores, cfg, selector));
        } else if (!outcome.fallbackUsed() && cfg.anchor2Veto() == Anchor2VetoMethod.TOP2MED_NORM_V1) {
            outcome = outcome.withAnchors(Anchor2Veto.apply(outcome.anchors(), scores, cfg.anchor2VetoThreshold()));
        }

        // Steps 7-8: [DIFF] far fallback runs before drop-far.
        if (firstTwoFartherThan(outcome.anchors(), cfg.anchorFallbackFarDist())) {
            outcome = new AnchorOutcome(List.of(), true, FallbackReason.FAR_ANCHOR_DIST, metric, conf);
        }
        if (firstTwoFartherThan(outcome.anchors(), cfg.anchorDropFarDist())) {
            outcome = outcome.withAnchors(List.of(outcome.anchors().get(0)));
        }
        return outcome;
    }

    /** The selector of the configuration. */
    public static SelectorSettings selectorSettings(PlannerConfig cfg) {
        return new SelectorSettings(cfg.selectionMethod(), cfg.k(), cfg.anchorNmsRadius(),
                cfg.anchorNmsStrongGap(), cfg.anchorWindow());
    }

    private static double[] selectionSignal(double[] scores, PlannerConfig cfg) {
        return cfg.anchorSmoothWindow() > 1
                ? ScoreSmoothing.centred(scores, cfg.anchorSmoothWindow(), cfg.smoothingMode())
                : scores;
    }

    /** A far rule applies when its distance d > 0, at least 2 anchors remain and |a₀ − a₁| > d. */
    private static boolean firstTwoFartherThan(List<Integer> anchors, int d) {
        return d > 0 && anchors.size() >= 2 && Math.abs(anchors.get(0) - anchors.get(1)) > d;
    }
}

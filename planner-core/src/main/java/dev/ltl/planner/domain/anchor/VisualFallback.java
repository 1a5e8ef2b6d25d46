package dev.ltl.planner.domain.anchor;

import dev.ltl.planner.domain.ConfidenceMetrics;
import dev.ltl.planner.domain.MissingInputException;
import dev.ltl.planner.domain.PlannerConfig;
import dev.ltl.planner.domain.ScoreUtils;
import dev.ltl.planner.domain.select.AnchorSelector;
import dev.ltl.planner.domain.select.SelectorSettings;
import java.util.List;

/**
 * §3.5.7 cheap-visual fallback: a clip that failed the audio gate takes its anchors from
 * caller-supplied visual change scores instead of falling back to uniform.
 */
final class VisualFallback {
    private VisualFallback() {
    }

    /**
     * minmax_01 of the visual scores, an optional gate on them (threshold ≤ 0 disables it), then
     * the configured selector with shift 0.
     * [AMBIG] Score smoothing (anchor_smooth_window) is a step of the audio pipeline and is not
     * applied to the visual scores; the selector's own window (window_topk) still is.
     *
     * @return the visual anchors, or an empty list when the visual gate rejects them
     */
    static List<Integer> anchors(double[] visualScores, PlannerConfig cfg, SelectorSettings selector) {
        if (visualScores == null) {
            throw new MissingInputException("visual_scores", "anchor_fallback_mode '"
                    + cfg.anchorFallbackMode() + "' needs visual_scores for clips that fail the confidence gate");
        }
        double[] normalised = ScoreUtils.minmax01(visualScores);
        double threshold = cfg.anchorFallbackVisualConfThreshold();
        if (threshold > 0
                && ConfidenceMetrics.compute(cfg.anchorFallbackVisualConfMetric(), normalised) < threshold) {
            return List.of();
        }
        return AnchorSelector.select(normalised, selector);
    }
}

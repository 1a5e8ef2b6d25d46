package dev.ltl.eval.artifacts;

import java.util.Map;

/**
 * {@code anchor_plan_stats} of {@code diagnose.json} (§5.7), over the "common" clips (in both the
 * debug records and the annotations). Histogram keys are written as strings, sorted.
 *
 * @param anchorsLenHist          #final anchors → clips
 * @param fallbackReasonHist      reason → clips, fallback clips only, null reason as "unknown"
 * @param highCountHist           high_count → clips
 * @param anchorDistHist          |a₀ − a₁| → clips with ≥ 2 anchors
 * @param anchorsLenFallbackFrac  #(final anchors empty) / #common
 * @param fallbackUsedFrac        #(fallback_used) / #common
 * @param gapSummary              top12_gap of the raw scores
 * @param confSummary             gate metric values
 * @param confFallbackSummary     gate metric values of fallback clips
 * @param deltaByAnchorLen        δ by #anchors
 * @param deltaByHighCount        δ by high_count
 * @param deltaByAnchorDist       δ by |a₀ − a₁|
 */
public record AnchorPlanStats(Map<String, Integer> anchorsLenHist, Map<String, Integer> fallbackReasonHist,
                              Map<String, Integer> highCountHist, Map<String, Integer> anchorDistHist,
                              double anchorsLenFallbackFrac, double fallbackUsedFrac,
                              QuantileSummary gapSummary, QuantileSummary confSummary,
                              QuantileSummary confFallbackSummary,
                              Map<String, GroupDelta> deltaByAnchorLen, Map<String, GroupDelta> deltaByHighCount,
                              Map<String, GroupDelta> deltaByAnchorDist) {
}

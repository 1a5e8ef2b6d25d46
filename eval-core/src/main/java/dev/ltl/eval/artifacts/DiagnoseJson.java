package dev.ltl.eval.artifacts;

import dev.ltl.eval.stats.Correlation;
import java.util.List;

/** {@code diagnose.json} with the reference keys (§5.7); computed by {@code dev.ltl.eval.analysis.Diagnose}. */
public record DiagnoseJson(String inMetrics, int numEvalIds, int numUniqueEvalIds, List<Integer> deltas,
                           DistributionSummary deltaSummary, DistributionSummary deltaEventSummary,
                           AnchorPlanStats anchorPlanStats, Correlation corrDeltaVsRecall,
                           List<TopClip> topImprove, List<TopClip> topDegrade, List<String> notes,
                           PerClipDiagnosis perClip) {
}

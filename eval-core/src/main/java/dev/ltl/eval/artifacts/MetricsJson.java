package dev.ltl.eval.artifacts;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ltl.eval.stats.MeanStd;
import dev.ltl.eval.stats.TTestResult;
import java.util.List;
import java.util.Map;

/**
 * {@code metrics.json} as the sweep writes it (unwrapped; reference §5.4). Build one with
 * {@link MetricsAssembler}.
 *
 * @param baselines         baselines in run order
 * @param seeds             seeds in run order
 * @param tokenBudget       N·tok(base)
 * @param tokenUsage        per baseline, plan token totals on train and eval
 * @param resultsBySeed     per seed, per baseline results
 * @param summary           per baseline, mean and std of val_acc over seeds
 * @param pairedTtest       §5.1 keys, or null with fewer than 2 seeds
 * @param debugEval         {"anchored_top2": {clip: record}} for sorted unique eval ids; omitted
 *                          when anchored_top2 did not run with scores
 * @param debugEvalClipIds  eval ids in tensor order
 */
public record MetricsJson(List<String> baselines, List<Integer> seeds, long tokenBudget,
                          Map<String, TokenUsage> tokenUsage, List<SeedResult> resultsBySeed,
                          Map<String, MeanStd> summary, Map<String, TTestResult> pairedTtest,
                          @JsonInclude(JsonInclude.Include.NON_NULL)
                          Map<String, Map<String, DebugEvalRecord>> debugEval,
                          List<String> debugEvalClipIds) {

    /** The debug key of the anchored baseline. */
    public static final String ANCHORED = "anchored_top2";

    /** The anchored baseline's debug records, or an empty map. */
    public Map<String, DebugEvalRecord> anchoredDebug() {
        if (debugEval == null || debugEval.get(ANCHORED) == null) {
            return Map.of();
        }
        return debugEval.get(ANCHORED);
    }

    /** A baseline's val_acc per seed in {@link #seeds} order. */
    public double[] valAccBySeed(String baseline) {
        return resultsBySeed.stream()
                .mapToDouble(r -> r.baselines().get(baseline).valAcc())
                .toArray();
    }
}

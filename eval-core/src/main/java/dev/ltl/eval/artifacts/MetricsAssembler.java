package dev.ltl.eval.artifacts;

import dev.ltl.eval.stats.MeanStd;
import dev.ltl.eval.stats.PairedTests;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds {@link MetricsJson} from finished per-seed results, deriving the {@code summary} and
 * {@code paired_ttest} blocks so they can never disagree with {@code results_by_seed}.
 */
public final class MetricsAssembler {
    private MetricsAssembler() {
    }

    /**
     * @param baselines       baselines in run order (every SeedResult must hold all of them)
     * @param tokenBudget     N·tok(base)
     * @param tokenUsage      per baseline token usage
     * @param resultsBySeed   per-seed results in seed order
     * @param anchoredDebug   anchored_top2 debug records by clip id, or null when not recorded
     * @param evalClipIds     eval ids in tensor order
     */
    public static MetricsJson assemble(List<String> baselines, long tokenBudget,
                                       Map<String, TokenUsage> tokenUsage, List<SeedResult> resultsBySeed,
                                       Map<String, DebugEvalRecord> anchoredDebug, List<String> evalClipIds) {
        for (SeedResult r : resultsBySeed) {
            if (!r.baselines().keySet().containsAll(baselines)) {
                throw new IllegalArgumentException("seed " + r.seed() + " lacks a baseline of " + baselines);
            }
        }
        List<Integer> seeds = resultsBySeed.stream().map(SeedResult::seed).toList();
        Map<String, double[]> accBySeed = new LinkedHashMap<>();
        Map<String, MeanStd> summary = new LinkedHashMap<>();
        for (String b : baselines) {
            double[] acc = resultsBySeed.stream().mapToDouble(r -> r.baselines().get(b).valAcc()).toArray();
            accBySeed.put(b, acc);
            summary.put(b, MeanStd.of(acc));
        }
        Map<String, Map<String, DebugEvalRecord>> debug = null;
        if (anchoredDebug != null) {
            debug = new LinkedHashMap<>();
            debug.put(MetricsJson.ANCHORED, new TreeMap<>(anchoredDebug)); // sorted unique eval ids
        }
        return new MetricsJson(List.copyOf(baselines), seeds, tokenBudget, tokenUsage, resultsBySeed,
                summary, PairedTests.forBaselines(accBySeed), debug, List.copyOf(evalClipIds));
    }
}

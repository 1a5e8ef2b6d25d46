package dev.ltl.eval.analysis;

import dev.ltl.eval.artifacts.MetricsJson;
import dev.ltl.eval.stats.MeanStd;
import dev.ltl.eval.stats.TTestResult;
import java.util.Map;

/**
 * The {@code predicted} / {@code cheap_visual} blocks and {@code oracle_minus_predicted} of
 * {@code oracle_vs_predicted.json} (§5.12, E0201), from finished runs.
 */
public final class OracleVsPredicted {
    /**
     * One run's block: {anchor_source, summary, p_anchored_vs_uniform, p_oracle_vs_uniform,
     * p_anchored_vs_random, raw_metrics_path}; a p is null when its test is missing.
     */
    public record RunBlock(String anchorSource, Map<String, MeanStd> summary, Double pAnchoredVsUniform,
                           Double pOracleVsUniform, Double pAnchoredVsRandom, String rawMetricsPath) {

        /** The block of a run's metrics. */
        public static RunBlock of(MetricsJson metrics, String anchorSource, String rawMetricsPath) {
            return new RunBlock(anchorSource, metrics.summary(), p(metrics, "anchored_vs_uniform"),
                    p(metrics, "oracle_vs_uniform"), p(metrics, "anchored_vs_random"), rawMetricsPath);
        }

        private static Double p(MetricsJson m, String key) {
            if (m.pairedTtest() == null) {
                return null;
            }
            TTestResult r = m.pairedTtest().get(key);
            return r == null ? null : r.p();
        }
    }

    private OracleVsPredicted() {
    }

    /** mean(oracle_top2) − mean(anchored_top2) of the predicted run. */
    public static double oracleMinusPredicted(MetricsJson predicted) {
        return predicted.summary().get("oracle_top2").mean() - predicted.summary().get("anchored_top2").mean();
    }
}

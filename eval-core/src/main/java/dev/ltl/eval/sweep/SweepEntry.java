package dev.ltl.eval.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One candidate's line in {@code sweep_summary.json} (reference §5.5):
 * {@code {candidate, metrics_path, anchored_minus_uniform_mean, anchored_vs_uniform_p}}.
 *
 * @param candidate                  the candidate's full config ({@code best_config.json} keys)
 * @param metricsPath                where its {@code metrics.json} was written
 * @param anchoredMinusUniformMean   Δ = mean(anchored) − mean(uniform), or null when missing
 * @param anchoredVsUniformP         {@code paired_ttest.anchored_vs_uniform.p}, or null when missing
 */
public record SweepEntry(Map<String, Object> candidate, String metricsPath,
                         Double anchoredMinusUniformMean, Double anchoredVsUniformP) {

    public SweepEntry {
        candidate = Collections.unmodifiableMap(new LinkedHashMap<>(candidate));
    }

    /** The candidate's name (its {@code name} key). */
    public String name() {
        return (String) candidate.get("name");
    }
}

package dev.ltl.eval.engine.qa;

import dev.ltl.eval.qa.QaPrediction;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where vlm-svc's Answer time went, over the answered rows of an evaluation: per phase
 * (preprocess, vision encoder, prefill, decode — the AnswerStats the VLM reports, copied into each
 * row's {@code timings}) the mean and the nearest-rank P50/P90/P99 in seconds. Failed rows carry
 * no VLM timings and are left out.
 */
public final class AnswerBreakdown {
    /** Row timing keys of the VLM's phases, in pipeline order. */
    public static final List<String> PHASES = List.of("vlm_preprocess_s", "vlm_vision_encoder_s", "vlm_prefill_s",
            "vlm_decode_s");

    private AnswerBreakdown() {
    }

    /** {@code {phase: {n, mean, p50, p90, p99}}}; phases no row reports are left out. */
    public static Map<String, Map<String, Object>> of(List<QaPrediction> rows) {
        Map<String, Map<String, Object>> breakdown = new LinkedHashMap<>();
        for (String phase : PHASES) {
            double[] values = rows.stream().map(row -> row.timings().get(phase))
                    .filter(value -> value instanceof Number).mapToDouble(value -> ((Number) value).doubleValue())
                    .sorted().toArray();
            if (values.length == 0) {
                continue;
            }
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("n", values.length);
            stats.put("mean", Arrays.stream(values).average().orElseThrow());
            stats.put("p50", nearestRank(values, 50));
            stats.put("p90", nearestRank(values, 90));
            stats.put("p99", nearestRank(values, 99));
            breakdown.put(phase, stats);
        }
        return breakdown;
    }

    /** The smallest value with at least p% of the values at or below it (as AccountingLedger does). */
    static double nearestRank(double[] ascending, double p) {
        int rank = (int) Math.ceil(p / 100.0 * ascending.length);
        return ascending[Math.max(0, Math.min(ascending.length - 1, rank - 1))];
    }
}

package dev.ltl.eval.qa;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code accounting} block of the QA {@code metrics.json}: per method, the latency
 * distribution and token spend read from the rows' {@code timings} and {@code tokens} maps.
 *
 * <p>Keys read (the evaluation engine writes them; a row without a key is left out of that
 * statistic): {@code timings["total_s"]} = wall seconds of one (item, method) — selection plus
 * answering; {@code tokens["vision_tokens"]} and {@code tokens["prompt_tokens"]} = the VLM's
 * counts for that request. Percentiles use numpy's linear rule.
 */
public final class QaAccounting {
    /** Timings key: wall seconds of one (item, method). */
    public static final String LATENCY_KEY = "total_s";
    /** Tokens key: vision tokens of the request's images. */
    public static final String VISION_TOKENS_KEY = "vision_tokens";
    /** Tokens key: prompt tokens (text and image) of the request. */
    public static final String PROMPT_TOKENS_KEY = "prompt_tokens";

    private QaAccounting() {
    }

    /**
     * Latency in seconds; every value is null when no row had a latency.
     *
     * @param n rows with a latency
     */
    public record Latency(int n, Double mean, Double p50, Double p90, Double p99) {
    }

    /**
     * Token spend.
     *
     * @param n     rows with the count
     * @param total sum over those rows
     * @param mean  total / n, null when n = 0
     */
    public record Tokens(int n, long total, Double mean) {
    }

    /** One method's accounting. */
    public record MethodAccounting(int n, Latency latencyS, Tokens visionTokens, Tokens promptTokens) {
    }

    /** Accounting per method, in {@code methods} order. */
    public static Map<String, MethodAccounting> compute(List<QaPrediction> rows, List<String> methods) {
        Map<String, MethodAccounting> out = new LinkedHashMap<>();
        for (String method : methods) {
            List<QaPrediction> mine = rows.stream().filter(r -> r.method().equals(method)).toList();
            double[] latencies = mine.stream().map(r -> r.timings().get(LATENCY_KEY))
                    .filter(v -> v instanceof Number).mapToDouble(v -> ((Number) v).doubleValue()).toArray();
            out.put(method, new MethodAccounting(mine.size(), latency(latencies),
                    tokens(mine, VISION_TOKENS_KEY), tokens(mine, PROMPT_TOKENS_KEY)));
        }
        return out;
    }

    private static Latency latency(double[] values) {
        if (values.length == 0) {
            return new Latency(0, null, null, null, null);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Latency(values.length, Arrays.stream(values).average().orElseThrow(),
                LinearPercentile.ofSorted(sorted, 50), LinearPercentile.ofSorted(sorted, 90),
                LinearPercentile.ofSorted(sorted, 99));
    }

    private static Tokens tokens(List<QaPrediction> rows, String key) {
        long[] counts = rows.stream().map(r -> r.tokens().get(key))
                .filter(v -> v instanceof Number).mapToLong(v -> ((Number) v).longValue()).toArray();
        long total = Arrays.stream(counts).sum();
        return new Tokens(counts.length, total, counts.length == 0 ? null : (double) total / counts.length);
    }
}

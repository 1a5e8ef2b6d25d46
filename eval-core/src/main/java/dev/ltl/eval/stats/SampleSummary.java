package dev.ltl.eval.stats;

import java.util.Arrays;

/**
 * The {@code {n, mean, std, min, max}} summary of {@code metrics.json} token usage (reference §5.4),
 * std with ddof = 1.
 *
 * [AMBIG] choice: with a single value the sample std is undefined; we write 0.0, the same
 * convention the reference uses for the per-baseline summary with one seed (§4.5).
 */
public record SampleSummary(int n, double mean, double std, double min, double max) {

    /** Summarises values; an empty input is an error because a baseline always plans ≥ 1 clip. */
    public static SampleSummary of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("cannot summarise an empty sample");
        }
        double std = values.length < 2 ? 0.0 : Descriptive.sampleStd(values);
        return new SampleSummary(values.length, Descriptive.mean(values), std,
                Arrays.stream(values).min().orElseThrow(), Arrays.stream(values).max().orElseThrow());
    }

    /** Summarises per-clip token totals. */
    public static SampleSummary ofTokens(long[] totals) {
        return of(Arrays.stream(totals).asDoubleStream().toArray());
    }
}

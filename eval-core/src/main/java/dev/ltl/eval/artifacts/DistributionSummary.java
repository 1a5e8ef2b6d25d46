package dev.ltl.eval.artifacts;

import dev.ltl.eval.stats.Descriptive;

/**
 * {@code {mean, std, p10, p50, p90}} over the finite values (std ddof = 1, numpy linear
 * percentiles; §5.7 {@code delta_summary}). Undefined values (no data, std of one value) are
 * written as null rather than Python's NaN so the file stays standard JSON.
 */
public record DistributionSummary(Double mean, Double std, Double p10, Double p50, Double p90) {

    /** Summarises the finite values of x. */
    public static DistributionSummary of(double[] x) {
        double[] v = Descriptive.finite(x);
        return new DistributionSummary(orNull(Descriptive.mean(v)), orNull(Descriptive.sampleStd(v)),
                orNull(Descriptive.percentile(v, 10)), orNull(Descriptive.percentile(v, 50)),
                orNull(Descriptive.percentile(v, 90)));
    }

    static Double orNull(double v) {
        return Double.isFinite(v) ? v : null;
    }
}

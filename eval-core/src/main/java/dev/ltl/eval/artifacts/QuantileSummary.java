package dev.ltl.eval.artifacts;

import static dev.ltl.eval.artifacts.DistributionSummary.orNull;

import dev.ltl.eval.stats.Descriptive;

/** {@code {p10, p50, p90, mean}} over the finite values (§5.7 gap/conf summaries); null when empty. */
public record QuantileSummary(Double p10, Double p50, Double p90, Double mean) {

    /** Summarises the finite values of x. */
    public static QuantileSummary of(double[] x) {
        double[] v = Descriptive.finite(x);
        return new QuantileSummary(orNull(Descriptive.percentile(v, 10)), orNull(Descriptive.percentile(v, 50)),
                orNull(Descriptive.percentile(v, 90)), orNull(Descriptive.mean(v)));
    }
}

package dev.ltl.eval.qa;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A value summarised over runs (seeds): mean, sample std (ddof = 1) and the t-based 95% CI
 * mean ± t₀.₉₇₅,ₙ₋₁ · std/√n. With a single run std and CI are undefined and written as null.
 *
 * @param n              runs
 * @param mean           mean over runs
 * @param std            sample standard deviation, null when n &lt; 2
 * @param ci95HalfWidth  t₀.₉₇₅,ₙ₋₁ · std/√n, null when n &lt; 2
 * @param ci95Lo         mean − half width, null when n &lt; 2
 * @param ci95Hi         mean + half width, null when n &lt; 2
 * @param values         the per-run values in run order
 */
public record AcrossRuns(int n, double mean, Double std, Double ci95HalfWidth, Double ci95Lo, Double ci95Hi,
                         List<Double> values) {

    /** Summarises at least one value. */
    public static AcrossRuns of(double[] values) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("nothing to summarise");
        }
        double mean = Arrays.stream(values).sum() / n;
        List<Double> list = Arrays.stream(values).boxed().toList();
        if (n < 2) {
            return new AcrossRuns(1, mean, null, null, null, null, list);
        }
        double ss = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        double std = Math.sqrt(ss / (n - 1));
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * std / Math.sqrt(n);
        return new AcrossRuns(n, mean, std, half, mean - half, mean + half, list);
    }
}

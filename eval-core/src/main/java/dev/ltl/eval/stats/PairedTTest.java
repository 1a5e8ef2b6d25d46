package dev.ltl.eval.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The paired t-test of reference §5.1: the pairs are seeds, d_s = y_s − x_s, t = d̄ / (sd/√n)
 * with the sample sd (ddof = 1) and p = 2·T_{n−1}.sf(|t|), clipped to [0, 1]. Equal to
 * {@code scipy.stats.ttest_rel(y, x)} for regular inputs.
 */
public final class PairedTTest {
    private PairedTTest() {
    }

    /**
     * Tests y against x (y is the first-named baseline of a reference key).
     *
     * @return the result, or null with fewer than 2 pairs (the reference writes null)
     * @throws IllegalArgumentException when the two vectors differ in length
     */
    public static TTestResult test(double[] y, double[] x) {
        if (y.length != x.length) {
            throw new IllegalArgumentException("paired vectors differ in length: " + y.length + " vs " + x.length);
        }
        int n = y.length;
        if (n < 2) {
            return null;
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = y[i] - x[i];
        }
        double mean = Descriptive.mean(d);
        double sd = Descriptive.sampleStd(d);
        if (sd == 0.0) {
            return degenerate(mean);
        }
        double t = mean / (sd / Math.sqrt(n));
        if (Double.isNaN(t)) {
            return null; // a NaN accuracy: the reference's "any exception" path gives null
        }
        double sf = 1.0 - new TDistribution(null, n - 1).cumulativeProbability(Math.abs(t));
        double p = Math.min(1.0, Math.max(0.0, 2.0 * sf));
        return new TTestResult(t, p);
    }

    /** sd = 0: t = 0 and p = 1 when d̄ = 0, otherwise t = ±∞ and p = 0 (reference §5.1). */
    private static TTestResult degenerate(double mean) {
        if (mean == 0.0) {
            return new TTestResult(0.0, 1.0);
        }
        return new TTestResult(mean > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY, 0.0);
    }
}

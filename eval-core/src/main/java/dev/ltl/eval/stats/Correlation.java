package dev.ltl.eval.stats;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Pearson and Spearman (average ranks for ties, as scipy) correlation of paired values, written
 * as {@code {pearson, spearman, n}} in diagnose and evidence-alignment reports.
 *
 * @param pearson  Pearson r, or null when undefined
 * @param spearman Spearman ρ with average ranks, or null when undefined
 * @param n        number of pairs used (pairs with a non-finite value are dropped)
 */
public record Correlation(Double pearson, Double spearman, int n) {

    /**
     * Correlates x with y over the pairs where both are finite.
     * [AMBIG] choice: scipy returns NaN (with a warning) for fewer than 2 pairs or a constant
     * input; we write null there so the JSON stays standard.
     */
    public static Correlation of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("correlation inputs differ in length");
        }
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                n++;
            }
        }
        double[] a = new double[n];
        double[] b = new double[n];
        int j = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                a[j] = x[i];
                b[j] = y[i];
                j++;
            }
        }
        if (n < 2 || isConstant(a) || isConstant(b)) {
            return new Correlation(null, null, n);
        }
        double pearson = new PearsonsCorrelation().correlation(a, b);
        double spearman = new SpearmansCorrelation().correlation(a, b);
        return new Correlation(finiteOrNull(pearson), finiteOrNull(spearman), n);
    }

    private static boolean isConstant(double[] v) {
        for (double d : v) {
            if (d != v[0]) {
                return false;
            }
        }
        return true;
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }
}

package dev.ltl.eval.stats;

import java.util.Arrays;

/**
 * Small descriptive statistics with numpy's conventions (mean, ddof = 0/1 std, linear
 * percentiles) so artifact numbers match the reference's numpy output.
 */
public final class Descriptive {
    private Descriptive() {
    }

    /** Arithmetic mean; NaN for an empty array (numpy's warning case). */
    public static double mean(double[] x) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double sum = 0.0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /** Sample standard deviation (ddof = 1); NaN with fewer than 2 values. */
    public static double sampleStd(double[] x) {
        return std(x, 1);
    }

    /** Population standard deviation (ddof = 0, numpy's default); NaN when empty. */
    public static double populationStd(double[] x) {
        return std(x, 0);
    }

    private static double std(double[] x, int ddof) {
        int n = x.length;
        if (n - ddof <= 0) {
            return Double.NaN;
        }
        double m = mean(x);
        double ss = 0.0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (n - ddof));
    }

    /**
     * numpy's default ("linear") percentile: position h = (n−1)·q/100 between the sorted values,
     * linearly interpolated. NaN for an empty array.
     */
    public static double percentile(double[] x, double q) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        return percentileOfSorted(sorted, q);
    }

    /** {@link #percentile} of an array already in ascending order (no copy, no sort); NaN when empty. */
    public static double percentileOfSorted(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * (q / 100.0);
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        double frac = h - lo;
        return sorted[lo] + frac * (sorted[hi] - sorted[lo]);
    }

    /** The finite values of x, in order (numpy summaries "over finite values"). */
    public static double[] finite(double[] x) {
        return Arrays.stream(x).filter(Double::isFinite).toArray();
    }

    /** Mean of the non-NaN values (numpy nanmean); NaN when none. */
    public static double nanMean(double[] x) {
        return mean(Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray());
    }
}

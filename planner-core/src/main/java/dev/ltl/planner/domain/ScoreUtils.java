package dev.ltl.planner.domain;

import java.util.Arrays;

/**
 * Per-second score utilities of the reference (§2.4), computed in double.
 * Shared by the planner (normalised metrics, visual fallback, veto) and reusable by Stage-1 code.
 */
public final class ScoreUtils {
    /** Range below which a score vector counts as constant. */
    public static final double CONSTANT_RANGE = 1e-12;
    /** Denominator below which a Pearson correlation is reported as 0. */
    private static final double CORR_MIN_DENOMINATOR = 1e-6;
    /** Ties between shift correlations closer than this go to the smaller shift. */
    private static final double CORR_TIE = 1e-12;

    private ScoreUtils() {
    }

    /** (s − min)/(max − min); all zeros when max − min ≤ 1e-12; empty in, empty out. */
    public static double[] minmax01(double[] s) {
        double[] out = new double[s.length];
        if (s.length == 0) {
            return out;
        }
        double lo = Arrays.stream(s).min().orElseThrow();
        double hi = Arrays.stream(s).max().orElseThrow();
        double range = hi - lo;
        if (range <= CONSTANT_RANGE) {
            return out;
        }
        for (int i = 0; i < s.length; i++) {
            out[i] = (s[i] - lo) / range;
        }
        return out;
    }

    /** The first n values of s, padded with {@code pad} when s is shorter. */
    public static double[] padOrTruncate(double[] s, int n, double pad) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = i < s.length ? s[i] : pad;
        }
        return out;
    }

    /** Element-wise max after padding or truncating both inputs to n with 0. */
    public static double[] fuseMax(double[] a, double[] b, int n) {
        double[] x = padOrTruncate(a, n, 0.0);
        double[] y = padOrTruncate(b, n, 0.0);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.max(x[i], y[i]);
        }
        return out;
    }

    /** Element-wise product after padding or truncating both inputs to n with 0. */
    public static double[] fuseProd(double[] a, double[] b, int n) {
        double[] x = padOrTruncate(a, n, 0.0);
        double[] y = padOrTruncate(b, n, 0.0);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = x[i] * y[i];
        }
        return out;
    }

    public static double[] scale(double[] s, double factor) {
        return Arrays.stream(s).map(v -> factor * v).toArray();
    }

    /**
     * Moves values k places later in time (earlier for negative k). Vacated slots get
     * {@code pad}, or min(s) when pad is null.
     */
    public static double[] shiftScores(double[] s, int k, Double pad) {
        int n = s.length;
        if (n == 0) {
            return new double[0];
        }
        double fill = pad != null ? pad : Arrays.stream(s).min().orElseThrow();
        double[] out = new double[n];
        Arrays.fill(out, fill);
        for (int i = 0; i < n; i++) {
            int j = i + k;
            if (j >= 0 && j < n) {
                out[j] = s[i];
            }
        }
        return out;
    }

    /**
     * The shift k in [minShift, maxShift] that maximises the Pearson correlation of a[t] with
     * b[t + k] over the overlap; ties (|Δ| ≤ 1e-12) go to the smaller |k|, then the smaller k.
     */
    public static int bestShiftByCorr(double[] a, double[] b, int minShift, int maxShift) {
        int n = Math.min(a.length, b.length);
        double[] corr = new double[maxShift - minShift + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = minShift; k <= maxShift; k++) {
            corr[k - minShift] = shiftedCorrelation(a, b, n, k);
            max = Math.max(max, corr[k - minShift]);
        }
        Integer best = null;
        for (int k = minShift; k <= maxShift; k++) {
            double c = corr[k - minShift];
            boolean tied = c == max || Math.abs(c - max) <= CORR_TIE;
            if (tied && (best == null || isPreferredShift(k, best))) {
                best = k;
            }
        }
        return best == null ? 0 : best;
    }

    private static boolean isPreferredShift(int k, int current) {
        return Math.abs(k) < Math.abs(current) || (Math.abs(k) == Math.abs(current) && k < current);
    }

    private static double shiftedCorrelation(double[] a, double[] b, int n, int k) {
        int aFrom = k >= 0 ? 0 : -k;
        int bFrom = k >= 0 ? k : 0;
        int len = n - Math.abs(k);
        if (len < 2) {
            return Double.NEGATIVE_INFINITY;
        }
        return pearson(Arrays.copyOfRange(a, aFrom, aFrom + len), Arrays.copyOfRange(b, bFrom, bFrom + len));
    }

    /** Pearson correlation, 0 when the denominator is ≤ 1e-6. */
    public static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        double denominator = Math.sqrt(sxx * syy);
        return denominator <= CORR_MIN_DENOMINATOR ? 0.0 : sxy / denominator;
    }

    /**
     * Linearly interpolates per-second scores onto a grid of step {@code stride} seconds, applies a
     * centred max filter of ⌊round(win/stride)/2⌋ bins per side and takes, for each second t, the
     * max over grid indices ⌊t/stride⌋ … ⌊(t + 1 − 1e-6)/stride⌋ (clamped to the grid).
     */
    public static double[] strideMaxPoolPerSecond(double[] s, double stride, double win) {
        int n = s.length;
        if (n == 0) {
            return new double[0];
        }
        int points = (int) Math.rint((n - 1) / stride) + 1;
        double[] grid = new double[points];
        for (int g = 0; g < points; g++) {
            double t = points == 1 ? 0.0 : (n - 1) * (double) g / (points - 1);
            grid[g] = interpolate(s, t);
        }
        int half = (int) Math.rint(win / stride) / 2;
        double[] pooled = new double[points];
        for (int g = 0; g < points; g++) {
            double m = Double.NEGATIVE_INFINITY;
            for (int j = Math.max(0, g - half); j <= Math.min(points - 1, g + half); j++) {
                m = Math.max(m, grid[j]);
            }
            pooled[g] = m;
        }
        double[] out = new double[n];
        for (int t = 0; t < n; t++) {
            int lo = clamp((int) Math.floor(t / stride), points);
            int hi = clamp((int) Math.floor((t + 1 - 1e-6) / stride), points);
            double m = Double.NEGATIVE_INFINITY;
            for (int g = lo; g <= hi; g++) {
                m = Math.max(m, pooled[g]);
            }
            out[t] = m;
        }
        return out;
    }

    private static int clamp(int index, int points) {
        return Math.max(0, Math.min(points - 1, index));
    }

    private static double interpolate(double[] s, double t) {
        int left = (int) Math.floor(t);
        if (left >= s.length - 1) {
            return s[s.length - 1];
        }
        double frac = t - left;
        return s[left] + frac * (s[left + 1] - s[left]);
    }

    /** Median in double (mean of the two middle order statistics for an even count). */
    public static double median(double[] s) {
        double[] sorted = s.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}

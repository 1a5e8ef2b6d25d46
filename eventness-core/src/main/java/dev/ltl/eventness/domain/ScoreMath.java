package dev.ltl.eventness.domain;

/**
 * Per-second score utilities of the reference (§2.4): normalisation, length fixing and fusion.
 * All arithmetic is double.
 */
public final class ScoreMath {

    /** Spans at or below this are treated as flat (reference threshold). */
    public static final double FLAT_SPAN = 1e-12;

    private ScoreMath() {
    }

    /**
     * (s − min)/(max − min). A flat vector (max − min ≤ 1e-12) maps to all zeros, not to NaN or
     * to 0.5; an empty input gives an empty output.
     */
    public static double[] minmax01(double[] scores) {
        requireScores(scores, "scores");
        double[] out = new double[scores.length];
        if (scores.length == 0) {
            return out;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            lo = Math.min(lo, s);
            hi = Math.max(hi, s);
        }
        double span = hi - lo;
        if (span <= FLAT_SPAN) {
            return out;
        }
        for (int i = 0; i < scores.length; i++) {
            out[i] = (scores[i] - lo) / span;
        }
        return out;
    }

    /** The first n values of scores, padded with {@code pad} when scores is shorter. */
    public static double[] padOrTruncate(double[] scores, int n, double pad) {
        requireScores(scores, "scores");
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        double[] out = new double[n];
        int copied = Math.min(n, scores.length);
        System.arraycopy(scores, 0, out, 0, copied);
        for (int i = copied; i < n; i++) {
            out[i] = pad;
        }
        return out;
    }

    /** Element-wise max after padding or truncating both inputs to n with 0. */
    public static double[] fuseMax(double[] a, double[] b, int n) {
        requireScores(a, "a");
        requireScores(b, "b");
        double[] pa = padOrTruncate(a, n, 0.0);
        double[] pb = padOrTruncate(b, n, 0.0);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.max(pa[i], pb[i]);
        }
        return out;
    }

    /** Element-wise product after padding or truncating both inputs to n with 0. */
    public static double[] fuseProd(double[] a, double[] b, int n) {
        requireScores(a, "a");
        requireScores(b, "b");
        double[] pa = padOrTruncate(a, n, 0.0);
        double[] pb = padOrTruncate(b, n, 0.0);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = pa[i] * pb[i];
        }
        return out;
    }

    /** factor · s. */
    public static double[] scale(double[] scores, double factor) {
        requireScores(scores, "scores");
        double[] out = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = factor * scores[i];
        }
        return out;
    }

    private static void requireScores(double[] scores, String name) {
        if (scores == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException(name + " must not contain NaN (index " + i + ")");
            }
        }
    }
}

package dev.ltl.planner.domain.select;

/**
 * Centred moving window over a score vector. At the edges the window is truncated to the
 * existing elements (no zero padding), and the mean divides by that truncated count.
 */
public final class ScoreSmoothing {
    private ScoreSmoothing() {
    }

    /**
     * @param width odd window width; 1 returns a copy
     * @throws IllegalArgumentException for an even or non-positive width
     */
    public static double[] centred(double[] s, int width, SmoothingMode mode) {
        if (width < 1 || width % 2 == 0) {
            throw new IllegalArgumentException("smoothing window must be odd and positive, got " + width);
        }
        int half = width / 2;
        double[] out = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            int from = Math.max(0, i - half);
            int to = Math.min(s.length - 1, i + half);
            double sum = 0;
            for (int j = from; j <= to; j++) {
                sum += s[j];
            }
            out[i] = mode == SmoothingMode.MEAN ? sum / (to - from + 1) : sum;
        }
        return out;
    }
}

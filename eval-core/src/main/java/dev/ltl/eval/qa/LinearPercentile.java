package dev.ltl.eval.qa;

/**
 * numpy's default ({@code method="linear"}) percentile on an already sorted array: position
 * h = (n − 1)·q/100, value = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). Taking the sorted array lets
 * the bootstrap sort its resampled means once for both CI ends.
 */
final class LinearPercentile {
    private LinearPercentile() {
    }

    /** The q-th percentile (0 ≤ q ≤ 100) of ascending {@code sorted}; NaN when empty. */
    static double ofSorted(double[] sorted, double q) {
        if (q < 0 || q > 100) {
            throw new IllegalArgumentException("percentile out of [0, 100]: " + q);
        }
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * (q / 100.0);
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = h - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}

package dev.ltl.eval.qa;

import dev.ltl.eval.stats.Descriptive;

/**
 * numpy's default ({@code method="linear"}) percentile on an already sorted array: position
 * h = (n − 1)·q/100, value = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). Taking the sorted array lets
 * the bootstrap sort its resampled means once for both CI ends. The interpolation is
 * {@link Descriptive#percentileOfSorted}; this adds the range check the QA reports want.
 */
final class LinearPercentile {
    private LinearPercentile() {
    }

    /** The q-th percentile (0 ≤ q ≤ 100) of ascending {@code sorted}; NaN when empty. */
    static double ofSorted(double[] sorted, double q) {
        if (q < 0 || q > 100) {
            throw new IllegalArgumentException("percentile out of [0, 100]: " + q);
        }
        return Descriptive.percentileOfSorted(sorted, q);
    }
}

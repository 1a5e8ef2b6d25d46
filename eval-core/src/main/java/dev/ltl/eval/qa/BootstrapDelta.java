package dev.ltl.eval.qa;

/**
 * A paired-bootstrap accuracy difference (spec §1 {@code delta_vs_uniform[m]}): the mean per-item
 * difference and its percentile 95% CI.
 *
 * @param mean  mean of the per-item differences (NaN when there are no paired items)
 * @param lo    2.5th percentile of the bootstrap means
 * @param hi    97.5th percentile of the bootstrap means
 * @param n     paired items
 * @param nBoot bootstrap resamples
 */
public record BootstrapDelta(double mean, double lo, double hi, int n, int nBoot) {

    /** Whether the 95% CI lies entirely above or below 0. */
    public boolean excludesZero() {
        return lo > 0 || hi < 0;
    }
}

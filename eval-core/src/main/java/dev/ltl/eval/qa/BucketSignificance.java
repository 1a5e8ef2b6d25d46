package dev.ltl.eval.qa;

/**
 * Bucket significance (spec §4): a paired bootstrap of the per-item differences with a two-sided
 * bootstrap p-value.
 *
 * @param mean        mean per-item difference (NaN when the bucket has no paired items)
 * @param lo          2.5th percentile of the bootstrap means
 * @param hi          97.5th percentile of the bootstrap means
 * @param pTwoSided   2·min(P*(mean ≤ 0), P*(mean ≥ 0)) over the resamples, capped at 1
 * @param n           paired items
 * @param significant n ≥ {@link PairedBootstrap#MIN_SIGNIFICANT_N} and the CI excludes 0
 * @param nBoot       bootstrap resamples
 */
public record BucketSignificance(double mean, double lo, double hi, double pTwoSided, int n,
                                 boolean significant, int nBoot) {
}

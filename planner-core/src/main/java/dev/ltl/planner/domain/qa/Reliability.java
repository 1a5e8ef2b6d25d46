package dev.ltl.planner.domain.qa;

import dev.ltl.planner.domain.ScoreUtils;
import java.util.Arrays;

/**
 * How trustworthy a per-second score vector looks, and the background share α it implies
 * (spec §2, mixture steps 1–2): q̄ = clamp(mean(top-3 s01) − mean(bottom-3 s01), 0, 1) with
 * s01 = minmax01(scores), and α = clamp(α_min + (1 − q̄)(α_max − α_min), α_min, α_max).
 *
 * @param metric the reliability metric's name, always {@value #METRIC}
 * @param qBar   q̄ in [0, 1]: 1 for a clean peak, 0 for flat scores
 * @param alpha  the share of the budget spent on uniform background seconds
 */
public record Reliability(String metric, double qBar, double alpha) {
    /** The only reliability metric of the reference's QA selector. */
    public static final String METRIC = "top3_bottom3_gap_norm";
    public static final double ALPHA_MIN = 0.10;
    public static final double ALPHA_MAX = 0.60;
    /** How many of the highest and lowest seconds the separation compares. */
    private static final int TAIL = 3;

    /** q̄ and α of {@code scores}; an empty vector has q̄ = 0 (so α = α_max). */
    public static Reliability of(double[] scores) {
        double qBar = separation(scores);
        return new Reliability(METRIC, qBar, alphaFor(qBar));
    }

    /** mean(top-m s01) − mean(bottom-m s01), m = min(3, T), clamped to [0, 1]. */
    static double separation(double[] scores) {
        if (scores.length == 0) {
            return 0.0;
        }
        double[] sorted = ScoreUtils.minmax01(scores);
        Arrays.sort(sorted);
        int m = Math.min(TAIL, sorted.length);
        // Left-to-right sums, as the reference's Python sum() over a sorted list (Python ≥ 3.12 sums
        // floats with compensation; over three terms that differs by at most an ulp).
        double bottom = 0.0;
        double top = 0.0;
        for (int i = 0; i < m; i++) {
            bottom += sorted[i];
            top += sorted[sorted.length - m + i];
        }
        return clamp(top / m - bottom / m, 0.0, 1.0);
    }

    /** α for a given q̄ (q̄ is clamped to [0, 1] first). */
    public static double alphaFor(double qBar) {
        double q = clamp(qBar, 0.0, 1.0);
        return clamp(ALPHA_MIN + (1.0 - q) * (ALPHA_MAX - ALPHA_MIN), ALPHA_MIN, ALPHA_MAX);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}

package dev.ltl.planner.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The eight clip-confidence metrics of reference §3.3, used by the confidence gate, the
 * high-count policy, the tiered triad and the visual-fallback gate.
 *
 * <p>Precision follows the reference: {@code std} and {@code top1_med} run on a float32 array;
 * the {@code *_norm} metrics run on minmax_01(x) computed in double and cast to float32 (so their
 * arithmetic is float32 too, as numpy keeps the array dtype); {@code top12_gap} and {@code gini}
 * on the raw values run in double.
 */
public final class ConfidenceMetrics {
    public static final String STD = "std";
    public static final String STD_NORM = "std_norm";
    public static final String TOP1_MED = "top1_med";
    public static final String TOP1_MED_NORM = "top1_med_norm";
    public static final String TOP12_GAP = "top12_gap";
    public static final String TOP12_GAP_NORM = "top12_gap_norm";
    public static final String TOP3_BOTTOM3_GAP_NORM = "top3_bottom3_gap_norm";
    public static final String GINI = "gini";

    private static final Set<String> NAMES = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(
            STD, STD_NORM, TOP1_MED, TOP1_MED_NORM, TOP12_GAP, TOP12_GAP_NORM, TOP3_BOTTOM3_GAP_NORM, GINI)));

    private ConfidenceMetrics() {
    }

    /** The accepted metric names. */
    public static Set<String> names() {
        return NAMES;
    }

    /**
     * Computes metric {@code name} on the score vector.
     *
     * @throws IllegalArgumentException for an unknown metric name
     */
    public static double compute(String name, double[] scores) {
        if (name == null || !NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown confidence metric '" + name + "'; known: " + NAMES);
        }
        return switch (name) {
            case STD -> Float32.std(Float32.of(scores));
            case STD_NORM -> Float32.std(normalised(scores));
            case TOP1_MED -> top1Median(Float32.of(scores));
            case TOP1_MED_NORM -> top1Median(normalised(scores));
            case TOP12_GAP -> top12Gap(scores);
            case TOP12_GAP_NORM -> top12GapF32(normalised(scores));
            case TOP3_BOTTOM3_GAP_NORM -> top3Bottom3Gap(normalised(scores));
            case GINI -> gini(scores);
            default -> throw new IllegalStateException(name);
        };
    }

    /** minmax_01 in double, then cast to float32 (the reference's "norm" input). */
    private static float[] normalised(double[] scores) {
        return Float32.of(ScoreUtils.minmax01(scores));
    }

    private static double top1Median(float[] x) {
        if (x.length == 0) {
            return 0.0;
        }
        return Float32.max(x) - Float32.median(x);
    }

    private static double top12Gap(double[] x) {
        if (x.length < 2) {
            return 0.0;
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length - 1] - sorted[sorted.length - 2];
    }

    private static double top12GapF32(float[] x) {
        if (x.length < 2) {
            return 0.0;
        }
        float[] sorted = x.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length - 1] - sorted[sorted.length - 2];
    }

    /** "sep3": mean of the top m minus mean of the bottom m, m = min(3, n). */
    private static double top3Bottom3Gap(float[] y) {
        if (y.length == 0) {
            return 0.0;
        }
        float[] sorted = y.clone();
        Arrays.sort(sorted);
        int m = Math.min(3, sorted.length);
        float top = Float32.mean(Arrays.copyOfRange(sorted, sorted.length - m, sorted.length));
        float bottom = Float32.mean(Arrays.copyOfRange(sorted, 0, m));
        return top - bottom;
    }

    /** Gini of x − min(x), in double, clamped to [0, 1]; 0 when the shifted values sum to ≤ 0. */
    private static double gini(double[] x) {
        int n = x.length;
        if (n == 0) {
            return 0.0;
        }
        double min = Arrays.stream(x).min().orElseThrow();
        double[] z = Arrays.stream(x).map(v -> v - min).toArray();
        // Σz is taken before sorting, in numpy's pairwise order, to match the reference bit for bit.
        double total = PairwiseSum.of(z);
        if (total <= 0) {
            return 0.0;
        }
        Arrays.sort(z);
        double[] ranked = new double[n];
        for (int i = 0; i < n; i++) {
            ranked[i] = (i + 1) * z[i];
        }
        double weighted = PairwiseSum.of(ranked);
        double g = 2.0 * weighted / (n * total) - (n + 1.0) / n;
        return Math.max(0.0, Math.min(1.0, g));
    }
}

package dev.ltl.eval.analysis;

/**
 * Recall@K,Δ of anchors against event seconds (reference §5.8):
 * Covered(A, Δ) = ∪_{a∈A} {t : a−Δ ≤ t ≤ a+Δ, 0 ≤ t &lt; N}; Recall = |GT ∩ Covered| / |GT| with
 * GT = the seconds whose label ≠ 0. An empty GT gives 0, and so do empty anchors (fallback).
 */
public final class AnchorRecall {
    private AnchorRecall() {
    }

    /** The seconds within Δ of some anchor, clamped to [0, n). */
    public static boolean[] covered(int[] anchors, int delta, int n) {
        if (delta < 0) {
            throw new IllegalArgumentException("delta must be >= 0, got " + delta);
        }
        boolean[] out = new boolean[n];
        for (int a : anchors) {
            for (int t = Math.max(0, a - delta); t <= Math.min(n - 1, a + delta); t++) {
                out[t] = true;
            }
        }
        return out;
    }

    /**
     * Recall of the anchors over the clip's per-second labels (0 = background).
     *
     * @param labels one label per second; N = labels.length
     */
    public static double recall(int[] anchors, int[] labels, int delta) {
        boolean[] cov = covered(anchors, delta, labels.length);
        int gt = 0;
        int hit = 0;
        for (int t = 0; t < labels.length; t++) {
            if (labels[t] != 0) {
                gt++;
                if (cov[t]) {
                    hit++;
                }
            }
        }
        return gt == 0 ? 0.0 : (double) hit / gt;
    }

    /** Whether the clip has at least one event second. */
    public static boolean hasEvent(int[] labels) {
        for (int label : labels) {
            if (label != 0) {
                return true;
            }
        }
        return false;
    }
}

package dev.ltl.eval.analysis;

import java.util.Locale;

/**
 * Evidence alignment Cov@τ (reference §5.9). Evidence = each event second t as its own window
 * [t, t+1] (not merged); predicted windows = [max(0, a−δ), min(N, a+1+δ)] per final anchor.
 * Cov@τ(clip) = #{evidence e : max_w IoU(w, e) ≥ τ} / #evidence, 0 without evidence.
 *
 * <p>[AMBIG] choice: a clip without predicted windows (fallback) covers nothing, even at τ = 0,
 * matching "fallback gives recall 0" of §5.8.
 */
public final class EvidenceAlignment {
    /** The reference τ grid. */
    public static final double[] DEFAULT_TAUS = {0.3, 0.5, 0.7};

    private EvidenceAlignment() {
    }

    /** 1-D IoU of [a0, a1] and [b0, b1]: |∩| / (|a| + |b| − |∩|), 0 when the union is ≤ 0. */
    public static double iou(double a0, double a1, double b0, double b1) {
        double inter = Math.max(0.0, Math.min(a1, b1) - Math.max(a0, b0));
        double union = (a1 - a0) + (b1 - b0) - inter;
        return union <= 0 ? 0.0 : inter / union;
    }

    /**
     * Cov@τ of one clip.
     *
     * @param anchors  final anchors (empty on fallback → 0)
     * @param labels   per-second labels (0 = background); N = labels.length
     * @param tau      threshold in [0, 1]
     * @param deltaS   window half-extension δ in seconds (reference default 0)
     */
    public static double coverage(int[] anchors, int[] labels, double tau, double deltaS) {
        if (tau < 0 || tau > 1) {
            throw new IllegalArgumentException("tau must lie in [0, 1], got " + tau);
        }
        int n = labels.length;
        int evidence = 0;
        int covered = 0;
        for (int t = 0; t < n; t++) {
            if (labels[t] == 0) {
                continue;
            }
            evidence++;
            double best = 0.0;
            for (int a : anchors) {
                double w0 = Math.max(0.0, a - deltaS);
                double w1 = Math.min(n, a + 1 + deltaS);
                best = Math.max(best, iou(w0, w1, t, t + 1));
            }
            if (anchors.length > 0 && best >= tau) {
                covered++;
            }
        }
        return evidence == 0 ? 0.0 : (double) covered / evidence;
    }

    /** The reference key of a τ in {@code cov_by_tau}: three decimals, e.g. "0.300". */
    public static String tauKey(double tau) {
        return String.format(Locale.ROOT, "%.3f", tau);
    }
}

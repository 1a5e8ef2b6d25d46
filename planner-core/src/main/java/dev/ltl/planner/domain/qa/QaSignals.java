package dev.ltl.planner.domain.qa;

import dev.ltl.planner.domain.ScoreUtils;

/**
 * The per-second signals the score-driven QA methods run the mixture selector on (spec §2).
 * Inputs are the raw per-second signals (audio {@code energy_stride_max}, cheap-visual
 * {@code frame_diff}, query relevance); each is min-max normalised here.
 */
public final class QaSignals {
    private QaSignals() {
    }

    /** audio_norm = minmax01(audio). */
    public static double[] audioNorm(double[] audio) {
        return ScoreUtils.minmax01(audio);
    }

    /** vis_norm = minmax01(visual). */
    public static double[] visNorm(double[] visual) {
        return ScoreUtils.minmax01(visual);
    }

    /** The fused base: minmax01(max(audio_norm, vis_norm)), element-wise; both of length T. */
    public static double[] fusedBase(double[] audio, double[] visual) {
        return ScoreUtils.minmax01(ScoreUtils.fuseMax(audioNorm(audio), visNorm(visual), audio.length));
    }

    /**
     * The Q-L2L score: minmax01(base · (0.5 + 0.5 · rel)) with rel = minmax01(relevance); base
     * itself when rel is all zeros (no relevance signal, e.g. nothing transcribed).
     */
    public static double[] ql2lScore(double[] base, double[] relevance) {
        // [AMBIG] The caller's relevance is min-max normalised here, as the reference normalises its
        // raw cosines/BM25 scores; an already normalised vector passes through unchanged.
        double[] rel = ScoreUtils.minmax01(relevance);
        boolean allZero = true;
        for (double r : rel) {
            allZero &= r == 0.0;
        }
        if (allZero) {
            return base.clone();
        }
        double[] modulated = new double[base.length];
        for (int i = 0; i < base.length; i++) {
            modulated[i] = base[i] * (0.5 + 0.5 * rel[i]);
        }
        return ScoreUtils.minmax01(modulated);
    }
}

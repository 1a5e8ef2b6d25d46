package dev.ltl.eval.analysis;

import dev.ltl.planner.domain.ScoreUtils;

/**
 * PSP, the score-space proxy of the degradations (§5.11): corrupts a Stage-1 score vector
 * directly instead of the waveform.
 */
public final class ScoreSpaceProxy {
    private ScoreSpaceProxy() {
    }

    /**
     * steps = round-half-away-from-zero(shift_s) (±0.5 → ±1), shift with zero padding; noise
     * σ = √(mean(s²)/10^(SNR/10)), N draws of N(0, σ) added only if mean(s²) &gt; 0; silence:
     * second t is zeroed iff a U(0, 1) draw is &lt; r (N draws, only if r &gt; 0); clip to [0, 1].
     */
    public static double[] apply(double[] scores, DegradationCondition c, DegradationRandom rng) {
        long steps = (long) (Math.signum(c.shiftS()) * Math.floor(Math.abs(c.shiftS()) + 0.5));
        double[] s = ScoreUtils.shiftScores(scores, (int) steps, 0.0);
        double meanSq = 0;
        for (double v : s) {
            meanSq += v * v;
        }
        meanSq = s.length == 0 ? 0 : meanSq / s.length;
        if (meanSq > 0) {
            double sigma = Math.sqrt(meanSq / Math.pow(10, c.snrDb() / 10));
            for (int i = 0; i < s.length; i++) {
                s[i] += sigma * rng.nextGaussian();
            }
        }
        if (c.silenceRatio() > 0) {
            for (int i = 0; i < s.length; i++) {
                if (rng.nextUniform() < c.silenceRatio()) {
                    s[i] = 0.0;
                }
            }
        }
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.min(1.0, Math.max(0.0, s[i]));
        }
        return s;
    }
}

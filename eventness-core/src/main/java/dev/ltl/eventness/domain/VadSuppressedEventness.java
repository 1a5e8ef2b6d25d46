package dev.ltl.eventness.domain;

/**
 * The reference's {@code asr_vad} score with a pluggable VAD in place of WebRTC VAD:
 * minmax01(energy_stride_max)ₜ × (1 − speechRatioₜ). Loud seconds score high unless they are
 * mostly speech, so narration does not pull the anchors.
 */
public final class VadSuppressedEventness {

    private final SpeechActivity vad;

    /** @param vad the detector supplying per-second speech ratios */
    public VadSuppressedEventness(SpeechActivity vad) {
        if (vad == null) {
            throw new IllegalArgumentException("vad must not be null");
        }
        this.vad = vad;
    }

    /** Scores 16 kHz PCM. */
    public double[] score(float[] pcm16k, int numSeconds) {
        AudioInput.requirePcm(pcm16k, "pcm16k");
        AudioInput.requireNumSeconds(numSeconds);
        double[] energy = EnergyEventness.energyStrideMax(pcm16k, AudioInput.SAMPLE_RATE_16K, numSeconds);
        return combine(energy, vad.speechRatioPerSecond(pcm16k, numSeconds));
    }

    /** minmax01(energyStrideMax) × (1 − speechRatio), element-wise; both arrays have length T. */
    public static double[] combine(double[] energyStrideMax, double[] speechRatio) {
        if (energyStrideMax == null || speechRatio == null) {
            throw new IllegalArgumentException((energyStrideMax == null ? "energyStrideMax" : "speechRatio") + " must not be null");
        }
        if (energyStrideMax.length != speechRatio.length) {
            throw new IllegalArgumentException("speechRatio has " + speechRatio.length
                    + " values but energyStrideMax has " + energyStrideMax.length);
        }
        double[] normalised = ScoreMath.minmax01(energyStrideMax);
        double[] out = new double[normalised.length];
        for (int t = 0; t < out.length; t++) {
            double ratio = speechRatio[t];
            if (!(ratio >= 0 && ratio <= 1)) {
                throw new IllegalArgumentException("speechRatio[" + t + "] must be in [0, 1], got " + ratio);
            }
            out[t] = normalised[t] * (1 - ratio);
        }
        return out;
    }
}

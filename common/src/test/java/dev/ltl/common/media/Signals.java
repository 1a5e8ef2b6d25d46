package dev.ltl.common.media;

/** Signal helpers for media tests: tone generation, per-second RMS and single-frequency power. */
final class Signals {

    private Signals() {
    }

    static float[] tone(double frequencyHz, double amplitude, int sampleRate, int samples) {
        float[] out = new float[samples];
        for (int i = 0; i < samples; i++) {
            out[i] = (float) (amplitude * Math.sin(2 * Math.PI * frequencyHz * i / sampleRate));
        }
        return out;
    }

    static double rms(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) x[i] * x[i];
        }
        return Math.sqrt(sum / Math.max(1, to - from));
    }

    static double[] rmsPerSecond(float[] pcm, int sampleRate) {
        double[] out = new double[pcm.length / sampleRate];
        for (int t = 0; t < out.length; t++) {
            out[t] = rms(pcm, t * sampleRate, (t + 1) * sampleRate);
        }
        return out;
    }

    /**
     * Amplitude of the component at {@code frequencyHz} in x[from, to) by the Goertzel recurrence: about
     * the tone's amplitude for a pure tone at that frequency, near 0 for other frequencies.
     */
    static double goertzelAmplitude(float[] x, int from, int to, double frequencyHz, int sampleRate) {
        double w = 2 * Math.PI * frequencyHz / sampleRate;
        double coeff = 2 * Math.cos(w);
        double s1 = 0;
        double s2 = 0;
        for (int i = from; i < to; i++) {
            double s0 = x[i] + coeff * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
        return 2 * Math.sqrt(Math.max(0, power)) / (to - from);
    }

    /** Mean absolute difference of two same-size images, per channel value. */
    static double meanAbsDiff(RgbImage a, RgbImage b) {
        long sum = 0;
        for (int i = 0; i < a.rgb().length; i++) {
            sum += Math.abs((a.rgb()[i] & 0xFF) - (b.rgb()[i] & 0xFF));
        }
        return sum / (double) a.rgb().length;
    }
}

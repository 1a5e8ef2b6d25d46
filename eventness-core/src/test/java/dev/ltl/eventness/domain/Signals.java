package dev.ltl.eventness.domain;

import java.util.Random;

/** Generated test signals. */
final class Signals {

    private Signals() {
    }

    /** A·sin(2π·f·n/sr) on samples [from, to) of a zero buffer of the given length. */
    static float[] toneBurst(int length, int sampleRate, double hz, double amplitude, int from, int to) {
        float[] pcm = new float[length];
        for (int n = from; n < to; n++) {
            pcm[n] = (float) (amplitude * Math.sin(2 * Math.PI * hz * n / sampleRate));
        }
        return pcm;
    }

    /** Gaussian noise with the given standard deviation on [from, to), zeros elsewhere. */
    static float[] noiseBurst(int length, double sigma, int from, int to, long seed) {
        Random random = new Random(seed);
        float[] pcm = new float[length];
        for (int n = from; n < to; n++) {
            pcm[n] = (float) (sigma * random.nextGaussian());
        }
        return pcm;
    }

    /** Σ x² over [from, to), naive double loop (the test-side reference for window sums). */
    static double sumOfSquares(float[] pcm, int from, int to) {
        double sum = 0;
        for (int n = from; n < to; n++) {
            sum += (double) pcm[n] * pcm[n];
        }
        return sum;
    }
}

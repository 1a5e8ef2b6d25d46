package dev.ltl.eval.analysis;

import java.util.Arrays;

/**
 * The waveform corruptions of the degradation suite (§5.10, {@code audio/augment.py}), applied
 * in the order shift → noise → silence. Pure: each returns a new array.
 */
public final class AudioDegradation {
    private AudioDegradation() {
    }

    /** Applies one condition to a clip's waveform, drawing from {@code rng} in reference order. */
    public static float[] apply(float[] wave, int sampleRate, DegradationCondition c, DegradationRandom rng) {
        float[] x = shift(wave, sampleRate, c.shiftS());
        x = addNoise(x, c.snrDb(), rng);
        return silence(x, c.silenceRatio(), rng);
    }

    /**
     * m = round(shift·sr) (Python round: half to even). m &gt; 0 delays (m leading zeros, same
     * length), m &lt; 0 advances (drops |m| leading samples, zero tail); |m| ≥ length gives zeros.
     */
    public static float[] shift(float[] x, int sampleRate, double shiftS) {
        long m = (long) Math.rint(shiftS * sampleRate);
        int n = x.length;
        float[] out = new float[n];
        if (Math.abs(m) >= n) {
            return out;
        }
        int k = (int) m;
        if (k >= 0) {
            System.arraycopy(x, 0, out, k, n - k);
        } else {
            System.arraycopy(x, -k, out, 0, n + k);
        }
        return out;
    }

    /**
     * Always adds noise: rms = √(mean(x²) + 1e-12), σ = rms / 10^(SNR/20), x += σ·N(0, 1) per
     * sample (float32), with no clipping.
     */
    public static float[] addNoise(float[] x, double snrDb, DegradationRandom rng) {
        double sumSq = 0;
        for (float v : x) {
            sumSq += (double) v * v;
        }
        double rms = Math.sqrt((x.length == 0 ? 0 : sumSq / x.length) + 1e-12);
        double sigma = rms / Math.pow(10, snrDb / 20);
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (float) (x[i] + sigma * rng.nextGaussian());
        }
        return out;
    }

    /**
     * Zeroes one interval: r ≤ 0 leaves x unchanged and draws nothing; r ≥ 1 gives zeros;
     * otherwise L = max(1, round(r·n)) (zeros if L ≥ n) and start ~ U{0..n−L}.
     */
    public static float[] silence(float[] x, double ratio, DegradationRandom rng) {
        int n = x.length;
        if (ratio <= 0) {
            return x.clone();
        }
        if (ratio >= 1) {
            return new float[n];
        }
        long len = Math.max(1, (long) Math.rint(ratio * n));
        if (len >= n) {
            return new float[n];
        }
        int start = (int) rng.nextLongInclusive(0, n - len);
        float[] out = x.clone();
        Arrays.fill(out, start, start + (int) len, 0f);
        return out;
    }
}

package dev.ltl.eval.data.audio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The 10 "basic" per-second audio features that the {@code audio_feat_concat_*} baselines append (§4.2), in the
 * reference order:
 * <ol>
 *   <li>ln(mean seg² + 1e-12)</li>
 *   <li>|feature 1 − feature 1 of the previous second| (0 for the first second)</li>
 *   <li>waveform standard deviation (population, ddof 0, as numpy's default)</li>
 *   <li>zero-crossing rate: the fraction of the sr − 1 adjacent sample pairs whose product is &lt; 0</li>
 *   <li>spectral centroid / Nyquist</li>
 *   <li>85 % roll-off: the first rfft bin whose cumulative power reaches 0.85 × total, as a frequency / Nyquist</li>
 *   <li>7–10: ln(band power + 1e-12) over [0, 250), [250, 1000), [1000, 4000) and [4000, Nyquist + 1) Hz</li>
 * </ol>
 * Features 5–10 use the power |X[k]|² of an rfft of length sr with the DC bin zeroed; with length sr, bin k is
 * k Hz. Power is the raw squared magnitude, without 1/n scaling (numpy's {@code abs(rfft(seg))**2}). If the total
 * power is ≤ 0 the centroid and the roll-off are 0. The waveform is zero-padded (or truncated) to numSeconds · sr.
 * Values are computed in double and rounded to float once.
 */
public final class BasicAudioFeatures {

    /** Number of features per second. */
    public static final int DIM = 10;

    private static final double EPS = 1e-12;
    private static final double ROLLOFF_FRACTION = 0.85;
    private static final double[] BAND_EDGES_HZ = {0, 250, 1000, 4000};
    private static final Map<Integer, Fft> FFTS = new ConcurrentHashMap<>();

    private BasicAudioFeatures() {
    }

    /** Features [numSeconds][10] of mono {@code waveform} sampled at {@code sampleRate}. */
    public static float[][] compute(float[] waveform, int sampleRate, int numSeconds) {
        if (sampleRate < 2) {
            throw new IllegalArgumentException("sample rate must be >= 2, got " + sampleRate);
        }
        if (numSeconds < 1) {
            throw new IllegalArgumentException("numSeconds must be >= 1, got " + numSeconds);
        }
        Fft fft = FFTS.computeIfAbsent(sampleRate, Fft::new);
        float[][] out = new float[numSeconds][DIM];
        double previousLogEnergy = 0;
        for (int t = 0; t < numSeconds; t++) {
            double[] seg = segment(waveform, t, sampleRate);
            double logEnergy = Math.log(meanSquare(seg) + EPS);
            double[] f = new double[DIM];
            f[0] = logEnergy;
            f[1] = t == 0 ? 0 : Math.abs(logEnergy - previousLogEnergy);
            f[2] = std(seg);
            f[3] = zeroCrossingRate(seg);
            spectral(fft.realPowerSpectrum(seg), sampleRate, f);
            previousLogEnergy = logEnergy;
            for (int i = 0; i < DIM; i++) {
                out[t][i] = (float) f[i];
            }
        }
        return out;
    }

    private static double[] segment(float[] waveform, int t, int sr) {
        double[] seg = new double[sr];
        int from = t * sr;
        int to = Math.min(waveform.length, from + sr);
        for (int i = from; i < to; i++) {
            seg[i - from] = waveform[i];
        }
        return seg;
    }

    private static double meanSquare(double[] seg) {
        double sum = 0;
        for (double v : seg) {
            sum += v * v;
        }
        return sum / seg.length;
    }

    private static double std(double[] seg) {
        double mean = 0;
        for (double v : seg) {
            mean += v;
        }
        mean /= seg.length;
        double var = 0;
        for (double v : seg) {
            var += (v - mean) * (v - mean);
        }
        return Math.sqrt(var / seg.length);
    }

    private static double zeroCrossingRate(double[] seg) {
        if (seg.length < 2) {
            return 0;
        }
        int crossings = 0;
        for (int i = 1; i < seg.length; i++) {
            if (seg[i - 1] * seg[i] < 0) {
                crossings++;
            }
        }
        return crossings / (double) (seg.length - 1);
    }

    /** Fills features 5–10 from the power spectrum {@code power} (bins 0..sr/2, bin k = k Hz). */
    private static void spectral(double[] power, int sr, double[] f) {
        power[0] = 0; // DC zeroed
        double nyquist = sr / 2.0;
        double total = 0;
        double weighted = 0;
        for (int k = 0; k < power.length; k++) {
            total += power[k];
            weighted += hz(k, sr) * power[k];
        }
        if (total > 0) {
            f[4] = weighted / total / nyquist;
            double threshold = ROLLOFF_FRACTION * total;
            double cumulative = 0;
            int rolloffBin = power.length - 1;
            for (int k = 0; k < power.length; k++) {
                cumulative += power[k];
                if (cumulative >= threshold) {
                    rolloffBin = k;
                    break;
                }
            }
            f[5] = hz(rolloffBin, sr) / nyquist;
        }
        double[] bands = new double[4];
        for (int k = 0; k < power.length; k++) {
            double hz = hz(k, sr);
            for (int b = BAND_EDGES_HZ.length - 1; b >= 0; b--) {
                if (hz >= BAND_EDGES_HZ[b]) {
                    double upper = b + 1 < BAND_EDGES_HZ.length ? BAND_EDGES_HZ[b + 1] : nyquist + 1;
                    if (hz < upper) {
                        bands[b] += power[k];
                    }
                    break;
                }
            }
        }
        for (int b = 0; b < bands.length; b++) {
            f[6 + b] = Math.log(bands[b] + EPS);
        }
    }

    /** Frequency of rfft bin k for a transform of length sr at rate sr (numpy's rfftfreq): k·sr/sr = k Hz. */
    private static double hz(int k, int sr) {
        return k;
    }
}

package dev.ltl.relevance.asr;

/**
 * Whisper's audio front end: one 30-s window of 16 kHz mono audio to the log-mel features
 * {@code input_features} [n_mels, 3000] that the encoder takes (openai/whisper {@code log_mel_spectrogram},
 * HF {@code WhisperFeatureExtractor}).
 *
 * <p>Steps: pad with zeros / cut to 480,000 samples; centred STFT (reflect padding of n_fft/2) with a
 * periodic Hann window, n_fft 400, hop 160; power |X|²; the last of the 3,001 frames dropped; Slaney mel
 * filters (librosa defaults: htk=False, norm="slaney", 0–8,000 Hz); log10(max(x, 1e-10)); clamp to
 * (window max − 8); (x + 4) / 4. Computed in double, returned as float. Immutable and thread-safe.
 */
public final class WhisperLogMel {
    public static final int SAMPLE_RATE = 16_000;
    public static final int WINDOW_SAMPLES = 480_000;
    public static final int FRAMES = 3_000;
    static final int N_FFT = 400;
    static final int HOP = 160;
    static final int BINS = N_FFT / 2 + 1;

    private final int nMels;
    private final double[][] filters;
    private final double[] window = periodicHann(N_FFT);
    private final double[][] cos = new double[BINS][N_FFT];
    private final double[][] sin = new double[BINS][N_FFT];

    public WhisperLogMel(int nMels) {
        if (nMels <= 0) {
            throw new IllegalArgumentException("n_mels must be positive, got " + nMels);
        }
        this.nMels = nMels;
        this.filters = slaneyMelFilters(nMels);
        for (int k = 0; k < BINS; k++) {
            for (int n = 0; n < N_FFT; n++) {
                double angle = 2 * Math.PI * ((long) k * n % N_FFT) / N_FFT;
                cos[k][n] = Math.cos(angle);
                sin[k][n] = Math.sin(angle);
            }
        }
    }

    public int nMels() {
        return nMels;
    }

    /**
     * Features of one window, row-major [n_mels, 3000], ready as the encoder's [1, n_mels, 3000].
     *
     * @param samples 16 kHz mono; padded with zeros or cut to 30 s
     */
    public float[] features(float[] samples) {
        double[] padded = reflectPadded(samples);
        double[] logMel = new double[nMels * FRAMES];
        double[] frame = new double[N_FFT];
        double[] power = new double[BINS];
        double max = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < FRAMES; t++) {
            for (int n = 0; n < N_FFT; n++) {
                frame[n] = padded[t * HOP + n] * window[n];
            }
            powerSpectrum(frame, power);
            for (int m = 0; m < nMels; m++) {
                double energy = 0;
                for (int k = 0; k < BINS; k++) {
                    energy += filters[m][k] * power[k];
                }
                double value = Math.log10(Math.max(energy, 1e-10));
                logMel[m * FRAMES + t] = value;
                max = Math.max(max, value);
            }
        }
        float[] out = new float[logMel.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) ((Math.max(logMel[i], max - 8.0) + 4.0) / 4.0);
        }
        return out;
    }

    /** Naive real DFT: 201 bins of a 400-point frame (400 is not a power of two; this is fast enough). */
    private void powerSpectrum(double[] frame, double[] power) {
        for (int k = 0; k < BINS; k++) {
            double re = 0;
            double im = 0;
            double[] c = cos[k];
            double[] s = sin[k];
            for (int n = 0; n < N_FFT; n++) {
                re += frame[n] * c[n];
                im -= frame[n] * s[n];
            }
            power[k] = re * re + im * im;
        }
    }

    /** The window (pad/trim to 480,000) with n_fft/2 reflected samples on each side, as torch.stft(center=True). */
    private static double[] reflectPadded(float[] samples) {
        int pad = N_FFT / 2;
        double[] x = new double[WINDOW_SAMPLES + 2 * pad];
        int n = Math.min(samples.length, WINDOW_SAMPLES);
        for (int i = 0; i < n; i++) {
            x[pad + i] = samples[i];
        }
        for (int i = 1; i <= pad; i++) {
            x[pad - i] = x[pad + i];
            x[pad + WINDOW_SAMPLES - 1 + i] = x[pad + WINDOW_SAMPLES - 1 - i];
        }
        return x;
    }

    static double[] periodicHann(int length) {
        double[] w = new double[length];
        for (int n = 0; n < length; n++) {
            w[n] = 0.5 - 0.5 * Math.cos(2 * Math.PI * n / length);
        }
        return w;
    }

    /** librosa.filters.mel(sr=16000, n_fft=400, n_mels, fmin=0, fmax=8000, htk=False, norm="slaney"). */
    static double[][] slaneyMelFilters(int nMels) {
        double[] melPoints = new double[nMels + 2];
        double top = hzToMel(SAMPLE_RATE / 2.0);
        for (int i = 0; i < melPoints.length; i++) {
            melPoints[i] = melToHz(top * i / (nMels + 1));
        }
        double[][] weights = new double[nMels][BINS];
        for (int m = 0; m < nMels; m++) {
            double lowWidth = melPoints[m + 1] - melPoints[m];
            double highWidth = melPoints[m + 2] - melPoints[m + 1];
            double norm = 2.0 / (melPoints[m + 2] - melPoints[m]);
            for (int k = 0; k < BINS; k++) {
                double f = (double) k * SAMPLE_RATE / N_FFT;
                double rising = (f - melPoints[m]) / lowWidth;
                double falling = (melPoints[m + 2] - f) / highWidth;
                weights[m][k] = Math.max(0, Math.min(rising, falling)) * norm;
            }
        }
        return weights;
    }

    // Slaney's mel scale: linear below 1 kHz (200/3 Hz per mel), logarithmic above.
    private static final double F_SP = 200.0 / 3;
    private static final double MIN_LOG_HZ = 1000.0;
    private static final double MIN_LOG_MEL = MIN_LOG_HZ / F_SP;
    private static final double LOG_STEP = Math.log(6.4) / 27.0;

    static double hzToMel(double hz) {
        return hz >= MIN_LOG_HZ ? MIN_LOG_MEL + Math.log(hz / MIN_LOG_HZ) / LOG_STEP : hz / F_SP;
    }

    static double melToHz(double mel) {
        return mel >= MIN_LOG_MEL ? MIN_LOG_HZ * Math.exp(LOG_STEP * (mel - MIN_LOG_MEL)) : F_SP * mel;
    }
}

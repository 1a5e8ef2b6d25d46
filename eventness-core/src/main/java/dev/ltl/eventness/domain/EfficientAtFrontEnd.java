package dev.ltl.eventness.domain;

/**
 * The log-mel input ({@code spec}) of the EfficientAT AudioSet taggers, following the recipe in
 * shared/models/README.md: 16 kHz → 32 kHz band-limited resampling, pre-emphasis 0.97, STFT with
 * n_fft 1024, a symmetric Hann window of 800 centred in the 1024 frame, hop 320, centred framing
 * with reflect padding of n_fft/2 each side, power spectrum, Kaldi mel filterbank (128 bins,
 * 0–15 000 Hz), then (ln(x + 1e-5) + 4.5)/5.
 *
 * <p>Frame f is centred on 32 kHz sample 320·f, i.e. on time f/100 s: one second of 16 kHz input
 * gives exactly 100 frames, and second t owns frames 100t … 100t+99.
 *
 * <p>Pre-emphasis choice [AMBIG in the README]: y[n] = x[n] − 0.97·x[n−1] is evaluated only where
 * x[n−1] exists, i.e. the first sample is dropped, which is what EfficientAT's valid
 * convolution with kernel (−0.97, 1) does; this is why N samples at 32 kHz give 1 + ⌊(N−1)/320⌋
 * frames rather than 1 + ⌊N/320⌋.
 *
 * <p>Instances are immutable and thread-safe; arithmetic is double, output float.
 */
public final class EfficientAtFrontEnd {

    /** Input rate. */
    public static final int INPUT_RATE = AudioInput.SAMPLE_RATE_16K;
    /** Rate the model was trained at. */
    public static final int MODEL_RATE = 32_000;
    /** Mel bins (the model's input height). */
    public static final int NUM_MELS = 128;
    /** STFT length. */
    public static final int N_FFT = 1024;
    /** Hann window length inside each FFT frame. */
    public static final int WINDOW_LENGTH = 800;
    /** Hop at 32 kHz (10 ms). */
    public static final int HOP = 320;
    /** Frames per second of input audio. */
    public static final int FRAMES_PER_SECOND = MODEL_RATE / HOP;
    /** Upper edge of the mel filterbank. */
    public static final double MAX_HZ = 15_000.0;
    /** Pre-emphasis coefficient. */
    public static final double PRE_EMPHASIS = 0.97;
    /** Added before the log. */
    public static final double LOG_OFFSET = 1e-5;
    /** The value of every cell for digital silence: (ln(1e-5) + 4.5)/5. */
    public static final float SILENCE_VALUE = normalise(0.0);

    // Resampler: 32 zero crossings a side, pass band to 0.94 × 8 kHz, Kaiser β 8.6 (≈ −90 dB side lobes).
    private static final int RESAMPLER_HALF_TAPS = 32;
    private static final double RESAMPLER_CUTOFF = 0.94;
    private static final double RESAMPLER_BETA = 8.6;

    private final PolyphaseUpsampler upsampler =
            new PolyphaseUpsampler(MODEL_RATE / INPUT_RATE, RESAMPLER_HALF_TAPS, RESAMPLER_CUTOFF, RESAMPLER_BETA);
    private final PowerSpectrum fft = new PowerSpectrum(N_FFT);
    private final KaldiMelFilterbank filterbank = new KaldiMelFilterbank(NUM_MELS, N_FFT, MODEL_RATE, 0.0, MAX_HZ);
    private final double[] window = centredHann(WINDOW_LENGTH, N_FFT);

    /** Number of frames {@link #melSpectrogram} returns for this many 16 kHz samples. */
    public static int frameCount(int samples16k) {
        if (samples16k < 1) {
            throw new IllegalArgumentException("samples16k must be >= 1, got " + samples16k);
        }
        int emphasised = samples16k * (MODEL_RATE / INPUT_RATE) - 1;
        return 1 + emphasised / HOP;
    }

    /** The log-mel spectrogram [128][frames] of mono 16 kHz PCM. */
    public float[][] melSpectrogram(float[] pcm16k) {
        AudioInput.requirePcm(pcm16k, "pcm16k");
        return melSpectrogramAtModelRate(upsampler.upsample(pcm16k));
    }

    /** The same recipe for audio that is already at 32 kHz (no resampling). */
    public float[][] melSpectrogramAtModelRate(float[] pcm32k) {
        AudioInput.requirePcm(pcm32k, "pcm32k");
        if (pcm32k.length < 2) {
            throw new IllegalArgumentException("pcm32k must hold at least 2 samples, got " + pcm32k.length);
        }
        double[] signal = preEmphasise(pcm32k);
        int frames = 1 + signal.length / HOP;
        float[][] mel = new float[NUM_MELS][frames];
        double[] frame = new double[N_FFT];
        int padding = N_FFT / 2;
        for (int f = 0; f < frames; f++) {
            int start = f * HOP - padding;
            for (int i = 0; i < N_FFT; i++) {
                frame[i] = window[i] == 0.0 ? 0.0 : window[i] * signal[reflect(start + i, signal.length)];
            }
            double[] energies = filterbank.apply(fft.compute(frame));
            for (int m = 0; m < NUM_MELS; m++) {
                mel[m][f] = normalise(energies[m]);
            }
        }
        return mel;
    }

    private static float normalise(double melEnergy) {
        return (float) ((Math.log(melEnergy + LOG_OFFSET) + 4.5) / 5.0);
    }

    private static double[] preEmphasise(float[] x) {
        double[] y = new double[x.length - 1];
        for (int n = 1; n < x.length; n++) {
            y[n - 1] = x[n] - PRE_EMPHASIS * x[n - 1];
        }
        return y;
    }

    /**
     * Index into a signal of the given length under reflect padding (the edge sample is not
     * repeated: −1 → 1), folded as often as needed so that short signals also work.
     */
    static int reflect(int index, int length) {
        if (length == 1) {
            return 0;
        }
        int period = 2 * (length - 1);
        int folded = Math.floorMod(index, period);
        return folded < length ? folded : period - folded;
    }

    /** Symmetric Hann of the given length, zero-padded on both sides to frameLength (torch.stft's layout). */
    static double[] centredHann(int length, int frameLength) {
        double[] w = new double[frameLength];
        int offset = (frameLength - length) / 2;
        for (int n = 0; n < length; n++) {
            w[offset + n] = 0.5 - 0.5 * Math.cos(2 * Math.PI * n / (length - 1));
        }
        return w;
    }
}

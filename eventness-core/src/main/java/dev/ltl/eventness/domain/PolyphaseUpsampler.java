package dev.ltl.eventness.domain;

/**
 * Band-limited upsampling by an integer factor with a Kaiser-windowed sinc, evaluated in
 * polyphase form (one precomputed tap set per output phase).
 *
 * <p>Why this design: the EfficientAT tagger was trained on audio that librosa resampled with a
 * windowed-sinc filter (resampy/soxr), so a proper band-limited interpolator keeps the 8–16 kHz
 * band of the 32 kHz signal empty instead of filling it with the spectral images that linear
 * interpolation or sample repetition would leave. Output sample m sits at input position m/L and
 * is Σₙ x[n]·h(m/L − n) with h(t) = ρ·sinc(ρt)·kaiser(t/Z) for |t| ≤ Z input samples; ρ &lt; 1 puts
 * the cut-off just below the input Nyquist so the transition band does not leak images. Each
 * phase is normalised to unit sum so DC passes unchanged. Samples outside the signal are zero.
 */
public final class PolyphaseUpsampler {

    private final int factor;
    private final int halfTaps;
    /** coefficients[phase][j], j = 0..2·halfTaps−1, reads x[base + halfTaps − j]. */
    private final double[][] coefficients;

    /**
     * @param factor      output rate / input rate (≥ 1)
     * @param halfTaps    Z, the one-sided filter length in input samples
     * @param cutoff      ρ, the pass-band edge as a fraction of the input Nyquist, in (0, 1]
     * @param kaiserBeta  Kaiser window shape (larger: lower side lobes, wider transition)
     */
    public PolyphaseUpsampler(int factor, int halfTaps, double cutoff, double kaiserBeta) {
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be >= 1, got " + factor);
        }
        if (halfTaps < 1) {
            throw new IllegalArgumentException("halfTaps must be >= 1, got " + halfTaps);
        }
        if (!(cutoff > 0 && cutoff <= 1)) {
            throw new IllegalArgumentException("cutoff must be in (0, 1], got " + cutoff);
        }
        if (!(kaiserBeta >= 0)) {
            throw new IllegalArgumentException("kaiserBeta must be >= 0, got " + kaiserBeta);
        }
        this.factor = factor;
        this.halfTaps = halfTaps;
        this.coefficients = new double[factor][2 * halfTaps];
        double windowNorm = besselI0(kaiserBeta);
        for (int phase = 0; phase < factor; phase++) {
            double sum = 0.0;
            for (int j = 0; j < 2 * halfTaps; j++) {
                // Tap j multiplies x[base + halfTaps − j]; its distance from the output position is t.
                double t = (j - halfTaps) + (double) phase / factor;
                double ratio = t / halfTaps;
                double window = Math.abs(ratio) < 1 ? besselI0(kaiserBeta * Math.sqrt(1 - ratio * ratio)) / windowNorm : 0;
                double value = cutoff * sinc(cutoff * t) * window;
                coefficients[phase][j] = value;
                sum += value;
            }
            for (int j = 0; j < 2 * halfTaps; j++) {
                coefficients[phase][j] /= sum;
            }
        }
    }

    /** The output rate over the input rate. */
    public int factor() {
        return factor;
    }

    /** x upsampled to factor · x.length samples. */
    public float[] upsample(float[] x) {
        if (x == null) {
            throw new IllegalArgumentException("x must not be null");
        }
        float[] out = new float[Math.multiplyExact(x.length, factor)];
        for (int m = 0; m < out.length; m++) {
            int base = m / factor;
            double[] taps = coefficients[m % factor];
            int firstInput = base + halfTaps;
            double acc = 0.0;
            int jStart = Math.max(0, firstInput - (x.length - 1));
            int jEnd = Math.min(taps.length - 1, firstInput);
            for (int j = jStart; j <= jEnd; j++) {
                acc += taps[j] * x[firstInput - j];
            }
            out[m] = (float) acc;
        }
        return out;
    }

    private static double sinc(double x) {
        if (x == 0) {
            return 1.0;
        }
        double px = Math.PI * x;
        return Math.sin(px) / px;
    }

    /** Modified Bessel function of the first kind, order 0, by its power series. */
    static double besselI0(double x) {
        double term = 1.0;
        double sum = 1.0;
        double quarterSquare = x * x / 4;
        for (int k = 1; k < 200; k++) {
            term *= quarterSquare / ((double) k * k);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return sum;
    }
}

package dev.ltl.common.media;

/**
 * Band-limited sample-rate conversion of mono float audio by Kaiser-windowed sinc interpolation.
 *
 * <p>Each output sample is the input convolved with a low-pass sinc kernel centred at the output instant.
 * When downsampling, the kernel's cutoff moves down to {@value #ROLLOFF} of the <em>output</em> Nyquist
 * frequency, so content the new rate cannot hold is filtered out instead of aliasing back into the band.
 * The kernel is precomputed on a fine grid and linearly interpolated, which supports any pair of integer
 * rates. Samples outside the input count as zero. Stateless and thread-safe.
 */
public final class SincResampler {

    /** Kernel half-width in zero crossings: longer is sharper but slower. */
    private static final int ZERO_CROSSINGS = 16;
    /** Kernel table points per zero crossing. */
    private static final int TABLE_RESOLUTION = 512;
    /** Kaiser shape: about 80 dB stopband attenuation. */
    private static final double KAISER_BETA = 8.0;
    /** Fraction of the lower Nyquist frequency kept as passband; the rest is the transition band. */
    static final double ROLLOFF = 0.95;

    private static final float[] KERNEL = buildKernel();

    private SincResampler() {
    }

    /**
     * Resamples {@code input} from {@code inputRate} to {@code outputRate}.
     *
     * @return ceil(input.length · outputRate / inputRate) samples: one per output instant inside the input
     */
    public static float[] resample(float[] input, int inputRate, int outputRate) {
        if (inputRate <= 0 || outputRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive, got " + inputRate + " -> " + outputRate);
        }
        if (inputRate == outputRate) {
            return input.clone();
        }
        long outputLength = ((long) input.length * outputRate + inputRate - 1) / inputRate;
        float[] output = new float[Math.toIntExact(outputLength)];
        double scale = Math.min(1.0, outputRate / (double) inputRate) * ROLLOFF;
        double halfWidth = ZERO_CROSSINGS / scale;
        for (int n = 0; n < output.length; n++) {
            long numerator = (long) n * inputRate;
            long whole = numerator / outputRate;
            double position = whole + (numerator % outputRate) / (double) outputRate;
            output[n] = (float) convolveAt(input, position, scale, halfWidth);
        }
        return output;
    }

    private static double convolveAt(float[] input, double position, double scale, double halfWidth) {
        int first = Math.max(0, (int) Math.ceil(position - halfWidth));
        int last = Math.min(input.length - 1, (int) Math.floor(position + halfWidth));
        double sum = 0;
        for (int k = first; k <= last; k++) {
            sum += input[k] * kernel(Math.abs(position - k) * scale);
        }
        return sum * scale;
    }

    /** Windowed sinc at {@code u} zero crossings from the centre, linearly interpolated from the table. */
    private static double kernel(double u) {
        double index = u * TABLE_RESOLUTION;
        int i = (int) index;
        if (i >= KERNEL.length - 1) {
            return 0;
        }
        double frac = index - i;
        return KERNEL[i] + frac * (KERNEL[i + 1] - KERNEL[i]);
    }

    private static float[] buildKernel() {
        int points = ZERO_CROSSINGS * TABLE_RESOLUTION + 2;
        float[] table = new float[points];
        double norm = besselI0(KAISER_BETA);
        for (int i = 0; i < points; i++) {
            double u = i / (double) TABLE_RESOLUTION;
            double x = u / ZERO_CROSSINGS;
            if (x >= 1) {
                table[i] = 0;
                continue;
            }
            double sinc = u == 0 ? 1 : Math.sin(Math.PI * u) / (Math.PI * u);
            double window = besselI0(KAISER_BETA * Math.sqrt(1 - x * x)) / norm;
            table[i] = (float) (sinc * window);
        }
        return table;
    }

    /** Modified Bessel function of the first kind, order 0, by its power series (converges fast for β ≤ 20). */
    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double halfX = x / 2;
        for (int k = 1; k < 50; k++) {
            term *= (halfX / k) * (halfX / k);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return sum;
    }
}

package dev.ltl.common.image;

/**
 * Fixed-point resampling taps for one axis, computed the way Pillow's {@code precompute_coeffs}
 * and {@code normalize_coeffs_8bpc} do (libImaging/Resample.c), for the BICUBIC filter.
 * Output pixel j reads input pixels {@code first(j) .. first(j) + taps(j) − 1}.
 */
final class PillowKernel {

    /** Pillow's PRECISION_BITS for 8-bit images: 32 − 8 − 2. */
    static final int PRECISION_BITS = 22;
    /** Half of one output level, added before the shift so that the shift rounds. */
    static final int ROUNDING = 1 << (PRECISION_BITS - 1);

    private static final double BICUBIC_SUPPORT = 2.0;
    private static final double BICUBIC_A = -0.5;

    private final int outSize;
    private final int maxTaps;
    private final int[] first;
    private final int[] taps;
    private final int[] weights;

    private PillowKernel(int outSize, int maxTaps, int[] first, int[] taps, int[] weights) {
        this.outSize = outSize;
        this.maxTaps = maxTaps;
        this.first = first;
        this.taps = taps;
        this.weights = weights;
    }

    /** Taps for resizing an axis of inSize pixels to outSize pixels over the full box [0, inSize]. */
    static PillowKernel bicubic(int inSize, int outSize) {
        double scale = (double) inSize / outSize;
        double filterScale = Math.max(scale, 1.0);
        double support = BICUBIC_SUPPORT * filterScale;
        int maxTaps = (int) Math.ceil(support) * 2 + 1;
        int[] first = new int[outSize];
        int[] taps = new int[outSize];
        int[] weights = new int[outSize * maxTaps];
        double inverseScale = 1.0 / filterScale; // Pillow multiplies by 1/scale; dividing can differ in the last bit
        double[] w = new double[maxTaps];
        for (int xx = 0; xx < outSize; xx++) {
            double centre = (xx + 0.5) * scale;
            // (int) truncates toward zero like C's cast; Pillow relies on that for the +0.5 rounding.
            int xmin = Math.max((int) (centre - support + 0.5), 0);
            int xmax = Math.min((int) (centre + support + 0.5), inSize) - xmin;
            double sum = 0.0;
            for (int x = 0; x < xmax; x++) {
                w[x] = bicubic((x + xmin - centre + 0.5) * inverseScale);
                sum += w[x];
            }
            for (int x = 0; x < xmax; x++) {
                double normalised = sum != 0.0 ? w[x] / sum : w[x];
                weights[xx * maxTaps + x] = toFixedPoint(normalised);
            }
            first[xx] = xmin;
            taps[xx] = xmax;
        }
        return new PillowKernel(outSize, maxTaps, first, taps, weights);
    }

    int outSize() {
        return outSize;
    }

    int first(int out) {
        return first[out];
    }

    int taps(int out) {
        return taps[out];
    }

    int weight(int out, int tap) {
        return weights[out * maxTaps + tap];
    }

    /** Pillow's clip8: arithmetic shift, then clamp to 0..255. */
    static byte clip8(int accumulator) {
        int v = accumulator >> PRECISION_BITS;
        return (byte) (v < 0 ? 0 : Math.min(v, 255));
    }

    /** Keys' cubic convolution kernel with a = −0.5, exactly Pillow's bicubic_filter. */
    static double bicubic(double x) {
        double ax = Math.abs(x);
        if (ax < 1.0) {
            return ((BICUBIC_A + 2.0) * ax - (BICUBIC_A + 3.0)) * ax * ax + 1;
        }
        if (ax < 2.0) {
            return (((ax - 5) * ax + 8) * ax - 4) * BICUBIC_A;
        }
        return 0.0;
    }

    /** Rounds half away from zero into PRECISION_BITS fixed point, as normalize_coeffs_8bpc does. */
    private static int toFixedPoint(double weight) {
        double scaled = weight * (1 << PRECISION_BITS);
        return (int) (weight < 0 ? scaled - 0.5 : scaled + 0.5);
    }
}

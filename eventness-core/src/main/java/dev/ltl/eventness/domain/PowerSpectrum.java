package dev.ltl.eventness.domain;

/**
 * |DFT|² of a real frame whose length is a power of two, via an iterative radix-2 FFT
 * (own implementation: the front-end only needs one size, and a dependency would not pay off).
 * Immutable tables; {@link #compute} allocates its own work arrays and is thread-safe.
 */
public final class PowerSpectrum {

    private final int size;
    private final int[] bitReversed;
    private final double[] cos;
    private final double[] sin;

    /** @param size the FFT length, a power of two ≥ 2 */
    public PowerSpectrum(int size) {
        if (size < 2 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("size must be a power of two >= 2, got " + size);
        }
        this.size = size;
        int bits = Integer.numberOfTrailingZeros(size);
        bitReversed = new int[size];
        for (int i = 0; i < size; i++) {
            bitReversed[i] = Integer.reverse(i) >>> (32 - bits);
        }
        cos = new double[size / 2];
        sin = new double[size / 2];
        for (int k = 0; k < size / 2; k++) {
            double angle = -2 * Math.PI * k / size;
            cos[k] = Math.cos(angle);
            sin[k] = Math.sin(angle);
        }
    }

    /** The FFT length. */
    public int size() {
        return size;
    }

    /** Power of bins 0..size/2 (one-sided, unscaled: Re² + Im²). */
    public double[] compute(double[] frame) {
        if (frame == null || frame.length != size) {
            throw new IllegalArgumentException("frame must hold exactly " + size + " samples");
        }
        double[] re = new double[size];
        double[] im = new double[size];
        for (int i = 0; i < size; i++) {
            re[bitReversed[i]] = frame[i];
        }
        for (int half = 1; half < size; half <<= 1) {
            int twiddleStep = size / (2 * half);
            for (int start = 0; start < size; start += 2 * half) {
                for (int k = 0; k < half; k++) {
                    double wr = cos[k * twiddleStep];
                    double wi = sin[k * twiddleStep];
                    int a = start + k;
                    int b = a + half;
                    double tr = re[b] * wr - im[b] * wi;
                    double ti = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
        double[] power = new double[size / 2 + 1];
        for (int k = 0; k <= size / 2; k++) {
            power[k] = re[k] * re[k] + im[k] * im[k];
        }
        return power;
    }
}

package dev.ltl.eval.data.audio;

/**
 * A forward complex discrete Fourier transform of any length n, X[k] = Σ x[j]·e^(−2πi·jk/n), in O(n log n):
 * an iterative radix-2 transform for powers of two and Bluestein's chirp-z algorithm (built on the radix-2
 * transform) for every other length, such as the 16,000-point transform of one second at 16 kHz. Commons Math
 * only handles powers of two. Instances precompute their tables and are immutable, so they are thread-safe.
 */
public final class Fft {

    private final int n;
    /** Radix-2 path (n a power of two): twiddles e^(−2πi·k/n), k < n/2. */
    private final double[] cos;
    private final double[] sin;
    /** Bluestein path: chirp e^(−πi·k²/n) and the transformed conjugate chirp filter of length m. */
    private final double[] chirpRe;
    private final double[] chirpIm;
    private final double[] filterRe;
    private final double[] filterIm;
    private final Fft inner;

    /** A transform of length {@code n} (n ≥ 1). */
    public Fft(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("FFT length must be >= 1, got " + n);
        }
        this.n = n;
        if (Integer.bitCount(n) == 1) {
            cos = new double[n / 2];
            sin = new double[n / 2];
            for (int k = 0; k < n / 2; k++) {
                double angle = -2 * Math.PI * k / n;
                cos[k] = Math.cos(angle);
                sin[k] = Math.sin(angle);
            }
            chirpRe = chirpIm = filterRe = filterIm = null;
            inner = null;
        } else {
            cos = sin = null;
            int m = Integer.highestOneBit(2 * n - 1) << 1;
            inner = new Fft(m);
            chirpRe = new double[n];
            chirpIm = new double[n];
            for (int k = 0; k < n; k++) {
                // k² mod 2n keeps the angle small, so large k lose no precision.
                long k2 = ((long) k * k) % (2L * n);
                double angle = -Math.PI * k2 / n;
                chirpRe[k] = Math.cos(angle);
                chirpIm[k] = Math.sin(angle);
            }
            filterRe = new double[m];
            filterIm = new double[m];
            filterRe[0] = chirpRe[0];
            filterIm[0] = -chirpIm[0];
            for (int k = 1; k < n; k++) {
                filterRe[k] = filterRe[m - k] = chirpRe[k];
                filterIm[k] = filterIm[m - k] = -chirpIm[k];
            }
            inner.transform(filterRe, filterIm);
        }
    }

    /** The transform length. */
    public int length() {
        return n;
    }

    /** Transforms ({@code re}, {@code im}) in place; both must have the transform's length. */
    public void transform(double[] re, double[] im) {
        if (re.length != n || im.length != n) {
            throw new IllegalArgumentException("expected arrays of length " + n);
        }
        if (cos != null) {
            radix2(re, im);
        } else {
            bluestein(re, im);
        }
    }

    /** |X[k]|² for k = 0..n/2 of the real signal {@code x}: numpy's {@code abs(rfft(x))**2}. */
    public double[] realPowerSpectrum(double[] x) {
        double[] re = x.clone();
        double[] im = new double[n];
        transform(re, im);
        double[] power = new double[n / 2 + 1];
        for (int k = 0; k < power.length; k++) {
            power[k] = re[k] * re[k] + im[k] * im[k];
        }
        return power;
    }

    private void radix2(double[] re, double[] im) {
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            int half = len / 2;
            int step = n / len;
            for (int start = 0; start < n; start += len) {
                for (int k = 0; k < half; k++) {
                    double wr = cos[k * step];
                    double wi = sin[k * step];
                    int a = start + k;
                    int b = a + half;
                    double xr = re[b] * wr - im[b] * wi;
                    double xi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                }
            }
        }
    }

    private void bluestein(double[] re, double[] im) {
        int m = inner.length();
        double[] ar = new double[m];
        double[] ai = new double[m];
        for (int k = 0; k < n; k++) {
            ar[k] = re[k] * chirpRe[k] - im[k] * chirpIm[k];
            ai[k] = re[k] * chirpIm[k] + im[k] * chirpRe[k];
        }
        inner.transform(ar, ai);
        for (int k = 0; k < m; k++) {
            double r = ar[k] * filterRe[k] - ai[k] * filterIm[k];
            double i = ar[k] * filterIm[k] + ai[k] * filterRe[k];
            // Inverse transform through the forward one: conj(FFT(conj(z))) / m.
            ar[k] = r;
            ai[k] = -i;
        }
        inner.transform(ar, ai);
        for (int k = 0; k < n; k++) {
            double cr = ar[k] / m;
            double ci = -ai[k] / m;
            re[k] = cr * chirpRe[k] - ci * chirpIm[k];
            im[k] = cr * chirpIm[k] + ci * chirpRe[k];
        }
    }
}

package dev.ltl.eventness.domain;

import java.util.Arrays;

/**
 * Kaldi-style triangular mel filterbank (as torchaudio's {@code compliance.kaldi.get_mel_banks},
 * which EfficientAT uses): mel(f) = 1127·ln(1 + f/700); filters equally spaced in mel between
 * lowHz and highHz, each a triangle in the mel domain over its neighbours' centres. Kaldi weights
 * the nFft/2 bins 0..nFft/2−1; the Nyquist bin is appended with weight 0 (EfficientAT pads it).
 */
public final class KaldiMelFilterbank {

    private final int numFilters;
    private final int numBins;
    /** First FFT bin with a non-zero weight, per filter. */
    private final int[] firstBin;
    /** Weights from firstBin onwards, per filter. */
    private final double[][] weights;

    /**
     * @param numFilters mel bins
     * @param nFft       FFT length; the spectrum has nFft/2 + 1 bins
     * @param sampleRate Hz
     * @param lowHz      lower edge of the first filter
     * @param highHz     upper edge of the last filter (≤ Nyquist)
     */
    public KaldiMelFilterbank(int numFilters, int nFft, int sampleRate, double lowHz, double highHz) {
        if (numFilters < 1 || nFft < 2 || sampleRate < 1) {
            throw new IllegalArgumentException("numFilters, nFft and sampleRate must be positive");
        }
        if (!(lowHz >= 0 && lowHz < highHz && highHz <= sampleRate / 2.0)) {
            throw new IllegalArgumentException("need 0 <= lowHz < highHz <= Nyquist, got " + lowHz + ".." + highHz);
        }
        this.numFilters = numFilters;
        this.numBins = nFft / 2 + 1;
        this.firstBin = new int[numFilters];
        this.weights = new double[numFilters][];
        double binWidth = (double) sampleRate / nFft;
        double melLow = mel(lowHz);
        double melDelta = (mel(highHz) - melLow) / (numFilters + 1);
        int kaldiBins = nFft / 2;
        for (int m = 0; m < numFilters; m++) {
            double left = melLow + m * melDelta;
            double centre = left + melDelta;
            double right = centre + melDelta;
            double[] dense = new double[kaldiBins];
            int first = -1;
            int last = -1;
            for (int k = 0; k < kaldiBins; k++) {
                double melK = mel(binWidth * k);
                double up = (melK - left) / (centre - left);
                double down = (right - melK) / (right - centre);
                dense[k] = Math.max(0.0, Math.min(up, down));
                if (dense[k] > 0) {
                    first = first < 0 ? k : first;
                    last = k;
                }
            }
            firstBin[m] = Math.max(first, 0);
            weights[m] = first < 0 ? new double[0] : Arrays.copyOfRange(dense, first, last + 1);
        }
    }

    /** Kaldi's mel scale. */
    public static double mel(double hz) {
        return 1127.0 * Math.log(1.0 + hz / 700.0);
    }

    /** Number of mel filters. */
    public int numFilters() {
        return numFilters;
    }

    /** Weight of FFT bin k in filter m (0 outside its triangle, and for the Nyquist bin). */
    public double weight(int m, int k) {
        int offset = k - firstBin[m];
        return offset >= 0 && offset < weights[m].length ? weights[m][offset] : 0.0;
    }

    /** Filter energies Σₖ weight(m, k)·power[k] for a one-sided power spectrum of nFft/2 + 1 bins. */
    public double[] apply(double[] power) {
        if (power == null || power.length != numBins) {
            throw new IllegalArgumentException("power must hold " + numBins + " bins");
        }
        double[] out = new double[numFilters];
        for (int m = 0; m < numFilters; m++) {
            double[] w = weights[m];
            int first = firstBin[m];
            double acc = 0.0;
            for (int i = 0; i < w.length; i++) {
                acc += w[i] * power[first + i];
            }
            out[m] = acc;
        }
        return out;
    }
}

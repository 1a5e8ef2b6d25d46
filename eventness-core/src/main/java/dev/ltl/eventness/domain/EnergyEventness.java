package dev.ltl.eventness.domain;

/**
 * The energy family of Stage-1 eventness scores (reference §2.1–2.3), generalised from 10 s to
 * T = numSeconds. Input is mono PCM in [-1, 1]; it is zero-padded or truncated to T·sr samples.
 *
 * <p>[AMBIG] The reference sums squares in float32 (numpy pairwise) and takes the log in double;
 * this port accumulates in double throughout, which differs by about 1e-7 and only matters when
 * two seconds tie.
 */
public final class EnergyEventness {

    /** Added inside the log so that digital silence scores ln(1e-12) instead of −∞. */
    public static final double LOG_FLOOR = 1e-12;
    /** Dense-window stride of {@code energy_stride_max}, seconds. */
    public static final double STRIDE_SECONDS = 0.2;
    /** Dense-window length of {@code energy_stride_max}, seconds. */
    public static final double WINDOW_SECONDS = 0.4;
    /** The smallest rate at which the 0.2 s stride still rounds to at least one sample. */
    public static final int MIN_SAMPLE_RATE = 3;

    private EnergyEventness() {
    }

    /** s_t = ln(mean(x[t·sr, (t+1)·sr)²) + 1e-12), one value per second. */
    public static double[] energy(float[] pcm, int sampleRate, int numSeconds) {
        validate(pcm, sampleRate, numSeconds);
        int total = AudioInput.totalSamples(numSeconds, sampleRate);
        double[] scores = new double[numSeconds];
        for (int t = 0; t < numSeconds; t++) {
            long from = (long) t * sampleRate;
            scores[t] = logMeanSquare(pcm, (int) from, (int) Math.min(from + sampleRate, total), sampleRate);
        }
        return scores;
    }

    /** s_0 = 0 and s_t = |E_t − E_{t−1}| over the per-second {@link #energy}. */
    public static double[] energyDelta(float[] pcm, int sampleRate, int numSeconds) {
        double[] e = energy(pcm, sampleRate, numSeconds);
        double[] scores = new double[numSeconds];
        for (int t = 1; t < numSeconds; t++) {
            scores[t] = Math.abs(e[t] - e[t - 1]);
        }
        return scores;
    }

    /**
     * Max over dense 0.4 s windows every 0.2 s of ln(mean(window²) + 1e-12), each window assigned
     * to the second that holds its centre (reference §2.3).
     *
     * <p>Stride S = round(0.2·sr) and window W = round(0.4·sr) samples; window i starts at i·S for
     * every i·S &lt; T·sr and is zero-padded to W past the end. Its centre is i·0.2 + 0.4/2 seconds
     * evaluated in double exactly in that form, so window assignment follows the nominal 0.2 s
     * grid even where S·i/sr drifts from it; a centre outside [0, T) drops the window. A second
     * that gets no window takes the minimum over all assigned windows, or 0 if none was assigned
     * (never at 16 kHz, but it happens at rates where S rounds up, e.g. 8 Hz).
     */
    public static double[] energyStrideMax(float[] pcm, int sampleRate, int numSeconds) {
        validate(pcm, sampleRate, numSeconds);
        int total = AudioInput.totalSamples(numSeconds, sampleRate);
        // Math.round is half-up where Python's round is half-even; 0.2·sr and 0.4·sr can never
        // sit on .5 for an integer sr, so the two agree.
        int stride = (int) Math.round(STRIDE_SECONDS * sampleRate);
        int window = (int) Math.round(WINDOW_SECONDS * sampleRate);

        double[] best = new double[numSeconds];
        boolean[] assigned = new boolean[numSeconds];
        double minAssigned = Double.POSITIVE_INFINITY;
        for (long start = 0, i = 0; start < total; start += stride, i++) {
            double centre = i * STRIDE_SECONDS + WINDOW_SECONDS / 2;
            if (centre < 0 || centre >= numSeconds) {
                continue;
            }
            int end = (int) Math.min(start + window, total);
            double d = logMeanSquare(pcm, (int) start, end, window);
            int second = (int) Math.floor(centre);
            best[second] = assigned[second] ? Math.max(best[second], d) : d;
            assigned[second] = true;
            minAssigned = Math.min(minAssigned, d);
        }
        double fill = Double.isInfinite(minAssigned) ? 0.0 : minAssigned;
        for (int t = 0; t < numSeconds; t++) {
            if (!assigned[t]) {
                best[t] = fill;
            }
        }
        return best;
    }

    /**
     * ln(Σ x[from, to)² / divisor + 1e-12). Samples at or beyond pcm.length count as zeros, and
     * the divisor is the nominal length, which is how zero padding enters the mean.
     */
    static double logMeanSquare(float[] pcm, int from, int to, int divisor) {
        double sum = 0.0;
        int end = Math.min(to, pcm.length);
        for (int n = from; n < end; n++) {
            double v = pcm[n];
            sum += v * v;
        }
        return Math.log(sum / divisor + LOG_FLOOR);
    }

    private static void validate(float[] pcm, int sampleRate, int numSeconds) {
        AudioInput.requirePcm(pcm, "pcm");
        AudioInput.requireSampleRate(sampleRate, MIN_SAMPLE_RATE);
        AudioInput.requireNumSeconds(numSeconds);
        AudioInput.totalSamples(numSeconds, sampleRate);
    }
}

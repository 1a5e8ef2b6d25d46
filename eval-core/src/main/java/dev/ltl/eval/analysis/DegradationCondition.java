package dev.ltl.eval.analysis;

/**
 * One corruption condition of the degradation suite (§5.10) and, with α, of the degradation
 * accuracy grid (§5.11).
 *
 * @param shiftS        audio shift in seconds (positive delays)
 * @param snrDb         signal-to-noise ratio of the added Gaussian noise
 * @param silenceRatio  fraction of the waveform zeroed in one random interval
 */
public record DegradationCondition(double shiftS, double snrDb, double silenceRatio) {

    /**
     * The per-condition RNG seed of the reference:
     * int((shift + 10)·1000 + (snr + 100)·10 + silence·100), truncated like Python's int().
     * (−0.5, 20, 0) → 10700, (0.5, 0, 0.5) → 11550.
     */
    public long seed() {
        return (long) ((shiftS + 10) * 1000 + (snrDb + 100) * 10 + silenceRatio * 100);
    }
}

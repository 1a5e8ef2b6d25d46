package dev.ltl.eval.stats;

/**
 * The {@code {mean, std}} summary of a baseline's {@code val_acc} over seeds (reference §4.5):
 * std with ddof = 1, and 0 with a single seed.
 */
public record MeanStd(double mean, double std) {

    /** Summarises per-seed accuracies (at least one). */
    public static MeanStd of(double[] perSeed) {
        if (perSeed.length == 0) {
            throw new IllegalArgumentException("no seeds to summarise");
        }
        double std = perSeed.length < 2 ? 0.0 : Descriptive.sampleStd(perSeed);
        return new MeanStd(Descriptive.mean(perSeed), std);
    }
}

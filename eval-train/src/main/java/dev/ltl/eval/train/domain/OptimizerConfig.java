package dev.ltl.eval.train.domain;

/**
 * AdamW training schedule: epochs, batch size, learning rate and (decoupled) weight decay.
 * Betas (0.9, 0.999) and eps 1e-8 are fixed as in the reference (spec §4.4).
 */
public record OptimizerConfig(int epochs, int batchSize, float learningRate, float weightDecay) {

    /** The values the reference sweep scripts use: 5 epochs, batch 16, lr 2e-3, wd 0 (spec §4.4). */
    public static OptimizerConfig referenceDefaults() {
        return new OptimizerConfig(5, 16, 2e-3f, 0f);
    }

    public OptimizerConfig {
        if (epochs <= 0) {
            throw new IllegalArgumentException("epochs must be positive, got " + epochs);
        }
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        if (!(learningRate > 0f) || Float.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive and finite, got " + learningRate);
        }
        if (!(weightDecay >= 0f) || Float.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weight decay must be >= 0 and finite, got " + weightDecay);
        }
    }
}

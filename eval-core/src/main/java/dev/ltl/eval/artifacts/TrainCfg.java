package dev.ltl.eval.artifacts;

/**
 * {@code train_cfg} of {@code sweep_summary.json}: the head-training settings (§4.4; the
 * reference scripts use 5 epochs, batch 16, lr 2e-3, wd 0).
 */
public record TrainCfg(int epochs, int batchSize, double lr, double weightDecay) {
    /** The settings of the reference sweep scripts (E0978/E0980). */
    public static TrainCfg referenceScripts() {
        return new TrainCfg(5, 16, 2e-3, 0.0);
    }
}

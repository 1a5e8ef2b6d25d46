package dev.ltl.eval.train.domain;

/**
 * What one training reports (spec §4.5 / §5.4 `results_by_seed[].baselines[b]`), plus the mean
 * train loss of each epoch for diagnostics.
 *
 * @param valAcc accuracy over all eval clips × all seconds, background included
 * @param valAccEvent accuracy over event seconds only; {@code null} when the eval set has none
 * @param valAccBySample per clip: the fraction of its seconds predicted correctly (float32 like the reference)
 * @param valAccEventBySample per clip: its event-second accuracy, {@code null} entries for clips without events
 * @param trainLossByEpoch mean cross-entropy per second over each epoch
 */
public record EvalResult(
        double valAcc,
        Double valAccEvent,
        float[] valAccBySample,
        Float[] valAccEventBySample,
        double[] trainLossByEpoch) {

    /** Combines the eval metrics with the loss history of the training that produced them. */
    public static EvalResult of(EvalMetrics metrics, double[] trainLossByEpoch) {
        return new EvalResult(
                metrics.valAcc(),
                metrics.valAccEvent(),
                metrics.valAccBySample(),
                metrics.valAccEventBySample(),
                trainLossByEpoch);
    }
}

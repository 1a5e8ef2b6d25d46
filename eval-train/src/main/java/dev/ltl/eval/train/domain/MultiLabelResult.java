package dev.ltl.eval.train.domain;

/**
 * A trained multi-label head's output.
 *
 * @param evalProbabilities sigmoid(logits) per eval video and class, {@code [N_eval][C]}
 * @param lossByEpoch       mean training loss per epoch (batch means weighted by batch size)
 * @param positiveWeights   the pos_weight the loss used
 */
public record MultiLabelResult(double[][] evalProbabilities, double[] lossByEpoch, float[] positiveWeights) {
}

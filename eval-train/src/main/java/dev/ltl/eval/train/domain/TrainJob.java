package dev.ltl.eval.train.domain;

/**
 * One head training: which head, how to optimise, the seed, the class count and the data.
 * The seed drives parameter initialisation, the per-epoch order and the dropout masks.
 */
public record TrainJob(HeadConfig head, OptimizerConfig optimizer, long seed, int numClasses, TrainData data) {

    public TrainJob {
        if (head == null || optimizer == null || data == null) {
            throw new IllegalArgumentException("head, optimizer and data are required");
        }
        if (numClasses < 2) {
            throw new IllegalArgumentException("need at least 2 classes, got " + numClasses);
        }
        if (data.maxLabel() >= numClasses) {
            throw new IllegalArgumentException(
                    "label " + data.maxLabel() + " is out of range for " + numClasses + " classes");
        }
    }
}

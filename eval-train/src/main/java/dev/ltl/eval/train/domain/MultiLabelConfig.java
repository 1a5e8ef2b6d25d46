package dev.ltl.eval.train.domain;

/**
 * Hyper-parameters of the EPIC-SOUNDS multi-label head and its training (ltl-qa-epic.md §6).
 *
 * @param hiddenDim    H of Linear(D, H)
 * @param dropout      dropout probability after the ReLU
 * @param learningRate AdamW learning rate
 * @param weightDecay  AdamW decoupled weight decay
 * @param epochs       passes over the train videos
 * @param batchSize    videos per step (the last batch of an epoch may be partial)
 */
public record MultiLabelConfig(int hiddenDim, float dropout, float learningRate, float weightDecay, int epochs,
                               int batchSize) {
    public MultiLabelConfig {
        if (hiddenDim < 1 || epochs < 1 || batchSize < 1) {
            throw new IllegalArgumentException("hiddenDim, epochs and batchSize must be >= 1");
        }
        if (!(dropout >= 0f && dropout < 1f) || !(learningRate > 0f) || !(weightDecay >= 0f)) {
            throw new IllegalArgumentException("dropout in [0, 1), learningRate > 0 and weightDecay >= 0 required");
        }
    }

    /**
     * The reference setting: H 256, dropout 0.1, AdamW lr 2e-3, 10 epochs, batch 16. The weight decay
     * is 0: the spec names only the optimiser and the reference script's default is 0.0.
     */
    public static MultiLabelConfig reference() {
        return new MultiLabelConfig(256, 0.1f, 2e-3f, 0f, 10, 16);
    }

    public MultiLabelConfig withEpochs(int newEpochs) {
        return new MultiLabelConfig(hiddenDim, dropout, learningRate, weightDecay, newEpochs, batchSize);
    }
}

package dev.ltl.eval.train.nn;

import ai.djl.nn.Block;
import dev.ltl.eval.train.domain.HeadConfig;
import java.util.SplittableRandom;

/** Builds the head block a {@link HeadConfig} names. */
public final class Heads {

    private Heads() {}

    /**
     * @param initRandom consumed for the initial parameters when the block is initialised
     * @param dropoutRandom consumed for dropout masks while training
     */
    public static Block build(HeadConfig config, int inputDim, int numClasses,
            SplittableRandom initRandom, SplittableRandom dropoutRandom) {
        return switch (config.kind()) {
            case MLP -> new PerSegmentMlp(
                    inputDim, config.hiddenDim(), config.dropout(), numClasses, initRandom, dropoutRandom);
            case TEMPORAL_CONV -> new TemporalConvHead(inputDim, config.hiddenDim(), config.dropout(),
                    config.kernelSize(), numClasses, initRandom, dropoutRandom);
        };
    }
}

package dev.ltl.eval.train.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.SplittableRandom;

/**
 * TemporalConvHead of spec §4.3: the input {@code [B, T, D]} is read as D channels × T steps;
 * Conv1d(D → H, kernel K, zero padding ⌊K/2⌋) → ReLU → Dropout(p) → Conv1d(H → C, kernel 1), and the
 * result is returned as {@code [B, T, C]}. K must be odd so that the output keeps T steps aligned with
 * the input seconds.
 */
public final class TemporalConvHead extends AbstractBlock {

    private final int inputDim;
    private final int numClasses;
    private final Conv1d temporal;
    private final SeededDropout dropout;
    private final Conv1d classifier;

    /**
     * @param initRandom source of the initial weights (consumed in layer order at initialisation)
     * @param dropoutRandom source of the dropout masks
     */
    public TemporalConvHead(int inputDim, int hiddenDim, float dropoutProbability, int kernelSize, int numClasses,
            SplittableRandom initRandom, SplittableRandom dropoutRandom) {
        if (kernelSize <= 0 || kernelSize % 2 == 0) {
            throw new IllegalArgumentException("kernel size must be odd and positive, got " + kernelSize);
        }
        this.inputDim = inputDim;
        this.numClasses = numClasses;
        temporal = addChildBlock("temporal", Conv1d.builder()
                .setFilters(hiddenDim)
                .setKernelShape(new Shape(kernelSize))
                .optPadding(new Shape(kernelSize / 2))
                .build());
        dropout = addChildBlock("dropout", new SeededDropout(dropoutProbability, dropoutRandom));
        classifier = addChildBlock("classifier", Conv1d.builder()
                .setFilters(numClasses)
                .setKernelShape(new Shape(1))
                .build());
        initialiseLikePytorch(temporal, (long) inputDim * kernelSize, initRandom);
        initialiseLikePytorch(classifier, hiddenDim, initRandom);
    }

    private static void initialiseLikePytorch(Conv1d layer, long fanIn, SplittableRandom random) {
        SeededUniformInitializer init = SeededUniformInitializer.pytorchDefault(fanIn, random);
        layer.setInitializer(init, Parameter.Type.WEIGHT);
        layer.setInitializer(init, Parameter.Type.BIAS);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        // [B, T, D] -> [B, D, T]: Conv1d wants channels before steps.
        NDArray channelsFirst = inputs.singletonOrThrow().transpose(0, 2, 1);
        NDList h = temporal.forward(parameterStore, new NDList(channelsFirst), training);
        h = new NDList(Activation.relu(h.singletonOrThrow()));
        h = dropout.forward(parameterStore, h, training);
        NDArray logits = classifier.forward(parameterStore, h, training).singletonOrThrow();
        return new NDList(logits.transpose(0, 2, 1));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        Shape channelsFirst = new Shape(in.get(0), inputDim, in.get(1));
        temporal.initialize(manager, dataType, channelsFirst);
        Shape hiddenShape = temporal.getOutputShapes(new Shape[] {channelsFirst})[0];
        dropout.initialize(manager, dataType, hiddenShape);
        classifier.initialize(manager, dataType, hiddenShape);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), in.get(1), numClasses)};
    }
}

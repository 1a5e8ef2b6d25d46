package dev.ltl.eval.train.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.SplittableRandom;

/**
 * PerSegmentMLP of spec §4.3: Linear(D → H) → ReLU → Dropout(p) → Linear(H → C), applied to every
 * second independently. Input {@code [B, T, D]}, output logits {@code [B, T, C]}.
 */
public final class PerSegmentMlp extends AbstractBlock {

    private final int inputDim;
    private final int numClasses;
    private final Linear hidden;
    private final SeededDropout dropout;
    private final Linear output;

    /**
     * @param initRandom source of the initial weights (consumed in layer order at initialisation)
     * @param dropoutRandom source of the dropout masks
     */
    public PerSegmentMlp(int inputDim, int hiddenDim, float dropoutProbability, int numClasses,
            SplittableRandom initRandom, SplittableRandom dropoutRandom) {
        this.inputDim = inputDim;
        this.numClasses = numClasses;
        hidden = addChildBlock("hidden", Linear.builder().setUnits(hiddenDim).build());
        dropout = addChildBlock("dropout", new SeededDropout(dropoutProbability, dropoutRandom));
        output = addChildBlock("output", Linear.builder().setUnits(numClasses).build());
        initialiseLikePytorch(hidden, inputDim, initRandom);
        initialiseLikePytorch(output, hiddenDim, initRandom);
    }

    private static void initialiseLikePytorch(Linear layer, long fanIn, SplittableRandom random) {
        SeededUniformInitializer init = SeededUniformInitializer.pytorchDefault(fanIn, random);
        layer.setInitializer(init, Parameter.Type.WEIGHT);
        layer.setInitializer(init, Parameter.Type.BIAS);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Shape shape = x.getShape();
        // Flatten seconds into the batch: every second is classified on its own.
        NDList flat = new NDList(x.reshape(-1, inputDim));
        NDList h = hidden.forward(parameterStore, flat, training);
        h = new NDList(Activation.relu(h.singletonOrThrow()));
        h = dropout.forward(parameterStore, h, training);
        NDArray logits = output.forward(parameterStore, h, training).singletonOrThrow();
        return new NDList(logits.reshape(shape.get(0), shape.get(1), numClasses));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape flat = new Shape(1, inputDim);
        hidden.initialize(manager, dataType, flat);
        Shape hiddenShape = hidden.getOutputShapes(new Shape[] {flat})[0];
        dropout.initialize(manager, dataType, hiddenShape);
        output.initialize(manager, dataType, hiddenShape);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), in.get(1), numClasses)};
    }
}

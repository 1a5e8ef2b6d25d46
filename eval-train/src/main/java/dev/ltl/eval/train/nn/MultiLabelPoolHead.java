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
 * The EPIC-SOUNDS video-level head (ltl-qa-epic.md §6): masked mean-pool over a video's selected
 * seconds → Linear(D → H) → ReLU → Dropout(p) → Linear(H → C). Inputs {@code x [B, T, D]} (padded)
 * and {@code mask [B, T]} (1 = a real second, 0 = padding); output logits {@code [B, C]}. Padding
 * never reaches the mean, so a video's logits do not depend on what it was batched with.
 */
public final class MultiLabelPoolHead extends AbstractBlock {

    private final int inputDim;
    private final Linear hidden;
    private final SeededDropout dropout;
    private final Linear output;

    /**
     * @param initRandom    source of the initial weights (PyTorch's default U(±1/√fan_in) bounds)
     * @param dropoutRandom source of the dropout masks
     */
    public MultiLabelPoolHead(int inputDim, int hiddenDim, float dropoutProbability, int numClasses,
            SplittableRandom initRandom, SplittableRandom dropoutRandom) {
        this.inputDim = inputDim;
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

    /** Mean of the unmasked seconds, {@code [B, D]}; an all-padding row pools to zeros. */
    public static NDArray maskedMean(NDArray x, NDArray mask) {
        NDArray weights = mask.expandDims(-1);
        NDArray counts = mask.sum(new int[] {1}, true).maximum(1f);
        return x.mul(weights).sum(new int[] {1}).div(counts);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray pooled = maskedMean(inputs.get(0), inputs.get(1));
        NDList h = hidden.forward(parameterStore, new NDList(pooled), training);
        h = new NDList(Activation.relu(h.singletonOrThrow()));
        h = dropout.forward(parameterStore, h, training);
        return output.forward(parameterStore, h, training);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape pooled = new Shape(1, inputDim);
        hidden.initialize(manager, dataType, pooled);
        Shape hiddenShape = hidden.getOutputShapes(new Shape[] {pooled})[0];
        dropout.initialize(manager, dataType, hiddenShape);
        output.initialize(manager, dataType, hiddenShape);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape pooled = new Shape(inputShapes[0].get(0), inputDim);
        Shape hiddenShape = hidden.getOutputShapes(new Shape[] {pooled})[0];
        return output.getOutputShapes(new Shape[] {hiddenShape});
    }
}

package dev.ltl.eval.train.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.SplittableRandom;

/**
 * Inverted dropout (zero with probability p, scale survivors by 1/(1−p)) like {@code torch.nn.Dropout},
 * but with masks drawn from the training's own Java RNG instead of PyTorch's process-global generator,
 * so parallel trainings stay repeatable. Identity when not training or when p = 0.
 */
final class SeededDropout extends AbstractBlock {

    private final float probability;
    private final SplittableRandom random;

    SeededDropout(float probability, SplittableRandom random) {
        if (!(probability >= 0f && probability < 1f)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + probability);
        }
        this.probability = probability;
        this.random = random;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        if (!training || probability == 0f) {
            return inputs;
        }
        NDArray input = inputs.singletonOrThrow();
        NDArray mask = input.getManager().create(maskValues(input.getShape()), input.getShape());
        return new NDList(input.mul(mask));
    }

    private float[] maskValues(Shape shape) {
        float keepScale = 1f / (1f - probability);
        float[] values = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble() < probability ? 0f : keepScale;
        }
        return values;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inputShapes;
    }
}

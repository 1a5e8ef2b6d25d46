package dev.ltl.eval.train.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;
import java.util.SplittableRandom;

/**
 * Draws parameters from U(−bound, bound) with a Java RNG owned by one training.
 *
 * <p>Why not DJL's {@code UniformInitializer}: it samples from PyTorch's process-global generator,
 * which concurrent trainings would share, so results would depend on thread timing. Drawing in Java
 * keeps every training repeatable for its seed, whatever runs beside it.
 *
 * <p>With bound = 1/√fan_in this is PyTorch's default for {@code nn.Linear}/{@code nn.Conv1d} weights
 * (kaiming_uniform with a = √5) and biases, i.e. the same distribution as the reference; the values
 * themselves cannot match PyTorch's generator [AMBIG, spec §4.3].
 */
final class SeededUniformInitializer implements Initializer {

    private final float bound;
    private final SplittableRandom random;

    SeededUniformInitializer(float bound, SplittableRandom random) {
        this.bound = bound;
        this.random = random;
    }

    /** PyTorch's default bound for a layer with {@code fanIn} inputs per output. */
    static SeededUniformInitializer pytorchDefault(long fanIn, SplittableRandom random) {
        return new SeededUniformInitializer((float) (1.0 / Math.sqrt(fanIn)), random);
    }

    @Override
    public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
        float[] values = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((random.nextDouble() * 2.0 - 1.0) * bound);
        }
        return manager.create(values, shape).toType(dataType, false);
    }
}

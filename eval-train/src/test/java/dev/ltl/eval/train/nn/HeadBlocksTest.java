package dev.ltl.eval.train.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import dev.ltl.eval.train.DjlEnvironment;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HeadBlocksTest {

    @BeforeAll
    static void configureDjl() {
        // Same settings as the other tests in this JVM (DJL reads them once).
        DjlEnvironment.init(Path.of(System.getProperty("DJL_CACHE_DIR", "target/djl-cache")), 1);
    }

    @Test
    void temporalConvReadsNeighboursWithZeroPaddingAndKeepsSecondsAligned() {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            // D = 1, H = 1, K = 3, C = 2.
            TemporalConvHead head = new TemporalConvHead(1, 1, 0f, 3, 2, new SplittableRandom(1), new SplittableRandom(2));
            head.initialize(manager, DataType.FLOAT32, new Shape(1, 4, 1));
            // Cross-correlation with padding 1: weight [0, 0, 1] makes hidden[t] = x[t + 1], 0 past the end.
            parameter(head, "temporal_weight").set(new float[] {0f, 0f, 1f});
            parameter(head, "temporal_bias").set(new float[] {0f});
            parameter(head, "classifier_weight").set(new float[] {1f, -1f});
            parameter(head, "classifier_bias").set(new float[] {0f, 0.5f});

            NDArray x = manager.create(new float[] {1f, 2f, 3f, 4f}, new Shape(1, 4, 1));
            NDArray logits = forward(manager, head, x, false);

            assertThat(logits.getShape()).isEqualTo(new Shape(1, 4, 2));
            assertThat(logits.toFloatArray()).containsExactly(2f, -1.5f, 3f, -2.5f, 4f, -3.5f, 0f, 0.5f);
        }
    }

    @Test
    void perSegmentMlpClassifiesEachSecondOnItsOwn() {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            PerSegmentMlp head = new PerSegmentMlp(3, 4, 0f, 5, new SplittableRandom(1), new SplittableRandom(2));
            head.initialize(manager, DataType.FLOAT32, new Shape(1, 6, 3));
            float[] values = new float[2 * 6 * 3];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) Math.sin(i);
            }
            float[] before = forward(manager, head, manager.create(values, new Shape(2, 6, 3)), false).toFloatArray();
            values[3 * 3] += 1f; // clip 0, second 3
            float[] after = forward(manager, head, manager.create(values, new Shape(2, 6, 3)), false).toFloatArray();

            assertThat(before).hasSize(2 * 6 * 5);
            for (int i = 0; i < before.length; i++) {
                boolean clip0Second3 = i / 5 == 3;
                if (!clip0Second3) {
                    assertThat(after[i]).as("logit %d", i).isEqualTo(before[i]);
                }
            }
            assertThat(java.util.Arrays.copyOfRange(after, 15, 20))
                    .isNotEqualTo(java.util.Arrays.copyOfRange(before, 15, 20));
        }
    }

    @Test
    void initialWeightsFollowPytorchDefaultBoundsAndTheSeed() {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            TemporalConvHead a = new TemporalConvHead(16, 8, 0f, 3, 4, new SplittableRandom(5), new SplittableRandom(0));
            TemporalConvHead b = new TemporalConvHead(16, 8, 0f, 3, 4, new SplittableRandom(5), new SplittableRandom(0));
            a.initialize(manager, DataType.FLOAT32, new Shape(1, 10, 16));
            b.initialize(manager, DataType.FLOAT32, new Shape(1, 10, 16));
            float[] weights = parameter(a, "temporal_weight").toFloatArray();
            double bound = 1.0 / Math.sqrt(16 * 3); // fan_in = D·K
            assertThat(parameter(a, "temporal_weight").getShape()).isEqualTo(new Shape(8, 16, 3));
            for (float w : weights) {
                assertThat((double) Math.abs(w)).isLessThanOrEqualTo(bound);
            }
            double maxAbs = 0;
            for (float w : weights) {
                maxAbs = Math.max(maxAbs, Math.abs(w));
            }
            assertThat(maxAbs).isGreaterThan(0.8 * bound); // spread over the whole interval
            assertThat(weights).containsExactly(parameter(b, "temporal_weight").toFloatArray());
        }
    }

    @Test
    void evenKernelIsRejected() {
        assertThatThrownBy(() -> new TemporalConvHead(4, 4, 0f, 2, 3, new SplittableRandom(1), new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("odd");
    }

    @Test
    void dropoutZeroesAboutPAndRescalesOnlyWhileTraining() {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            SeededDropout dropout = new SeededDropout(0.25f, new SplittableRandom(3));
            dropout.initialize(manager, DataType.FLOAT32, new Shape(4000));
            NDArray ones = manager.ones(new Shape(4000));

            float[] trained = forward(manager, dropout, ones, true).toFloatArray();
            float[] evaluated = forward(manager, dropout, ones, false).toFloatArray();

            int zeros = 0;
            for (float v : trained) {
                if (v == 0f) {
                    zeros++;
                } else {
                    assertThat(v).isCloseTo(1f / 0.75f, within(1e-6f));
                }
            }
            // Fixed seed, so this is deterministic; 4000 draws put the fraction well inside ±0.03.
            assertThat(zeros / 4000.0).isCloseTo(0.25, within(0.03));
            assertThat(evaluated).containsOnly(1f);
        }
    }

    /** DJL prefixes child names with their position ("01temporal_weight"); match on the rest. */
    private static NDArray parameter(Block block, String name) {
        return block.getParameters().stream()
                .filter(pair -> pair.getKey().endsWith(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + name + " in " + block.getParameters().keys()))
                .getValue()
                .getArray();
    }

    private static NDArray forward(NDManager manager, Block block, NDArray x, boolean training) {
        return block.forward(new ParameterStore(manager, false), new NDList(x), training).singletonOrThrow();
    }
}

package dev.ltl.eval.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.ltl.eval.train.domain.MultiLabelConfig;
import dev.ltl.eval.train.domain.MultiLabelData;
import dev.ltl.eval.train.domain.MultiLabelResult;
import dev.ltl.eval.train.nn.MultiLabelPoolHead;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EPIC multi-label head and its trainer: the loss against numpy, masked pooling, pos_weight,
 * learning a separable task, and seed repeatability.
 */
class MultiLabelTrainerTest {
    private static MultiLabelTrainer trainer;

    @BeforeAll
    static void djl() {
        trainer = new MultiLabelTrainer(TestTrainers.CACHE_DIR, TestTrainers.THREADS);
    }

    @Test
    void bceWithLogitsMatchesTorchsDefinition() {
        // numpy: mean(-(pw*y*logsig(z) + (1-y)*logsig(-z))) = 0.29866736497947777
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            NDArray logits = manager.create(new float[] {2f, -1f, 0.5f, -3f, 4f, 0f}, new Shape(2, 3));
            NDArray targets = manager.create(new float[] {1, 0, 1, 0, 1, 0}, new Shape(2, 3));
            NDArray posWeight = manager.create(new float[] {2f, 0.5f, 1f});
            assertThat((double) MultiLabelTrainer.bceWithLogits(logits, targets, posWeight).getFloat())
                    .isCloseTo(0.29866736497947777, within(1e-6));
        }
    }

    @Test
    void maskedMeanIgnoresPadding() {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            NDArray x = manager.create(new float[] {1, 2, 3, 4, 99, 99, 5, 6, 7, 8, 9, 10}, new Shape(2, 3, 2));
            NDArray mask = manager.create(new float[] {1, 1, 0, 1, 1, 1}, new Shape(2, 3));
            assertThat(MultiLabelPoolHead.maskedMean(x, mask).toFloatArray()).containsExactly(2f, 3f, 7f, 8f);
        }
    }

    @Test
    void positiveWeightIsNegativesOverPositivesAndOneForAnAbsentClass() {
        boolean[][] labels = {{true, false, false}, {true, true, false}, {false, false, false}, {true, false, false}};
        MultiLabelData data = new MultiLabelData(videos(4, 1, 2, new SplittableRandom(1)), labels,
                videos(1, 1, 2, new SplittableRandom(2)), 2, 3);
        assertThat(data.positiveWeights()).containsExactly(1f / 3f, 3f, 1f);
    }

    @Test
    void learnsASeparableTaskAndRepeatsForItsSeed() {
        Task task = Task.make(new SplittableRandom(5));
        MultiLabelConfig config = new MultiLabelConfig(32, 0.1f, 2e-3f, 0f, 40, 16);
        MultiLabelResult first = trainer.trainAndPredict(task.data(), config, 0);
        assertThat(first.lossByEpoch()[config.epochs() - 1]).isLessThan(first.lossByEpoch()[0]);
        for (int c = 0; c < Task.CLASSES; c++) {
            assertThat(meanProbability(first, task.evalLabels(), c, true))
                    .as("class %d: positives score above negatives", c)
                    .isGreaterThan(meanProbability(first, task.evalLabels(), c, false) + 0.2);
        }
        MultiLabelResult again = trainer.trainAndPredict(task.data(), config, 0);
        assertThat(again.evalProbabilities()).isDeepEqualTo(first.evalProbabilities());
        MultiLabelResult otherSeed = trainer.trainAndPredict(task.data(), config, 1);
        assertThat(otherSeed.evalProbabilities()[0]).isNotEqualTo(first.evalProbabilities()[0]);
    }

    private static double meanProbability(MultiLabelResult result, boolean[][] labels, int c, boolean positive) {
        double sum = 0;
        int n = 0;
        for (int v = 0; v < labels.length; v++) {
            if (labels[v][c] == positive) {
                sum += result.evalProbabilities()[v][c];
                n++;
            }
        }
        return sum / n;
    }

    private static List<float[][]> videos(int n, int seconds, int dim, SplittableRandom random) {
        List<float[][]> out = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            float[][] video = new float[seconds][dim];
            for (float[] second : video) {
                for (int d = 0; d < dim; d++) {
                    second[d] = (float) random.nextGaussian();
                }
            }
            out.add(video);
        }
        return out;
    }

    /**
     * Videos of 3–9 seconds; every second of a video with class c carries +3 on feature c (plus noise);
     * padding must not dilute it.
     */
    record Task(MultiLabelData data, boolean[][] evalLabels) {
        static final int CLASSES = 3;
        static final int DIM = 8;

        static Task make(SplittableRandom random) {
            List<float[][]> train = new ArrayList<>();
            List<float[][]> eval = new ArrayList<>();
            boolean[][] trainLabels = new boolean[64][];
            boolean[][] evalLabels = new boolean[32][];
            for (int v = 0; v < 96; v++) {
                boolean[] labels = new boolean[CLASSES];
                for (int c = 0; c < CLASSES; c++) {
                    labels[c] = random.nextDouble() < 0.4;
                }
                float[][] video = new float[3 + random.nextInt(7)][DIM];
                for (float[] second : video) {
                    for (int d = 0; d < DIM; d++) {
                        second[d] = (float) (0.5 * random.nextGaussian() + (d < CLASSES && labels[d] ? 3 : 0));
                    }
                }
                if (v < 64) {
                    train.add(video);
                    trainLabels[v] = labels;
                } else {
                    eval.add(video);
                    evalLabels[v - 64] = labels;
                }
            }
            return new Task(new MultiLabelData(train, trainLabels, eval, DIM, CLASSES), evalLabels);
        }
    }
}

package dev.ltl.eval.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import dev.ltl.eval.train.domain.MultiLabelConfig;
import dev.ltl.eval.train.domain.MultiLabelData;
import dev.ltl.eval.train.domain.MultiLabelResult;
import dev.ltl.eval.train.domain.OptimizerConfig;
import dev.ltl.eval.train.nn.MultiLabelPoolHead;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Trains the EPIC-SOUNDS video-level head ({@link MultiLabelPoolHead}) with BCE-with-logits and a
 * per-class pos_weight, AdamW, and returns the eval videos' class probabilities (ltl-qa-epic.md §6).
 *
 * <p>Videos have different numbers of selected seconds: each split becomes one zero-padded tensor
 * {@code [N, T_max, D]} with a mask, and batches are gathered rows of it. Randomness (initial weights,
 * epoch orders, dropout masks) comes from three streams split off one {@link SplittableRandom} seeded
 * with the training seed, as in {@link HeadTrainer}; the reference instead drew its epoch orders from
 * a fixed numpy generator (seed 0) and its weights from torch's — it cannot be matched bit for bit.
 * Thread-safe in the same way as {@link HeadTrainer}.
 */
public final class MultiLabelTrainer {

    private static final String ENGINE = "PyTorch";

    /** Configures DJL before it loads; see {@link DjlEnvironment#init}. */
    public MultiLabelTrainer(Path cacheDir, int intraOpThreads) {
        DjlEnvironment.init(cacheDir, intraOpThreads);
    }

    public MultiLabelResult trainAndPredict(MultiLabelData data, MultiLabelConfig config, long seed) {
        SplittableRandom seedStream = new SplittableRandom(seed);
        SplittableRandom initRandom = seedStream.split();
        SplittableRandom orderRandom = seedStream.split();
        SplittableRandom dropoutRandom = seedStream.split();
        float[] positiveWeights = data.positiveWeights();
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), ENGINE);
                AutogradScope idle = AutogradScope.notRecording()) {
            Block head = new MultiLabelPoolHead(data.featureDim(), config.hiddenDim(), config.dropout(), data.numClasses(),
                    initRandom, dropoutRandom);
            head.initialize(manager, DataType.FLOAT32, new Shape(1, 1, data.featureDim()), new Shape(1, 1));
            Padded train = Padded.of(manager, data.trainFeatures(), data.featureDim());
            NDArray targets = manager.create(toFloats(data.trainLabels()), new Shape(data.trainLabels().length, data.numClasses()));
            NDArray posWeight = manager.create(positiveWeights);
            double[] lossByEpoch = train(head, train, targets, posWeight, config, orderRandom);
            return new MultiLabelResult(predict(manager, head, data.evalFeatures(), data.featureDim()), lossByEpoch,
                    positiveWeights);
        }
    }

    private static double[] train(Block head, Padded train, NDArray targets, NDArray posWeight, MultiLabelConfig config,
            SplittableRandom orderRandom) {
        Optimizer optimizer = HeadTrainer.adamW(new OptimizerConfig(config.epochs(), config.batchSize(),
                config.learningRate(), config.weightDecay()));
        ParameterStore store = new ParameterStore(targets.getManager(), false);
        List<Parameter> parameters = head.getParameters().values();
        int videos = Math.toIntExact(targets.getShape().get(0));
        double[] lossByEpoch = new double[config.epochs()];
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            long[] order = HeadTrainer.shuffledIndices(videos, orderRandom);
            double lossSum = 0;
            for (int start = 0; start < videos; start += config.batchSize()) {
                long[] batch = Arrays.copyOfRange(order, start, Math.min(videos, start + config.batchSize()));
                lossSum += (double) step(head, parameters, store, optimizer, train, targets, posWeight, batch) * batch.length;
            }
            lossByEpoch[epoch] = lossSum / videos;
        }
        return lossByEpoch;
    }

    private static float step(Block head, List<Parameter> parameters, ParameterStore store, Optimizer optimizer,
            Padded train, NDArray targets, NDArray posWeight, long[] batch) {
        try (NDManager scratch = targets.getManager().newSubManager()) {
            NDIndex rows = new NDIndex("{}", scratch.create(batch));
            NDList inputs = new NDList(train.features().get(scratch, rows), train.mask().get(scratch, rows));
            NDArray y = targets.get(scratch, rows);
            NDArray loss;
            try (AutogradScope recording = AutogradScope.recording()) {
                NDArray logits = head.forward(store, inputs, true).singletonOrThrow();
                loss = bceWithLogits(logits, y, posWeight);
                recording.backward(loss);
            }
            for (Parameter parameter : parameters) {
                NDArray weights = parameter.getArray();
                NDArray gradient = weights.getGradient();
                gradient.attach(scratch);
                optimizer.update(parameter.getId(), weights, gradient);
            }
            return loss.getFloat();
        }
    }

    /**
     * {@code torch.nn.BCEWithLogitsLoss(pos_weight)} with mean reduction over B×C:
     * −[pw·y·log σ(z) + (1 − y)·log σ(−z)], with log σ(z) = min(z, 0) − log(1 + e^−|z|) computed stably.
     */
    static NDArray bceWithLogits(NDArray logits, NDArray targets, NDArray posWeight) {
        NDArray softTail = logits.abs().neg().exp().add(1f).log();
        NDArray logSigmoid = logits.minimum(0f).sub(softTail);
        NDArray logSigmoidNeg = logits.neg().minimum(0f).sub(softTail);
        NDArray positive = targets.mul(posWeight).mul(logSigmoid);
        NDArray negative = targets.neg().add(1f).mul(logSigmoidNeg);
        return positive.add(negative).mean().neg();
    }

    private static double[][] predict(NDManager manager, Block head, List<float[][]> videos, int featureDim) {
        try (NDManager scratch = manager.newSubManager()) {
            Padded eval = Padded.of(scratch, videos, featureDim);
            NDArray logits = head.forward(new ParameterStore(scratch, false), new NDList(eval.features(), eval.mask()), false)
                    .singletonOrThrow();
            float[] probabilities = Activation.sigmoid(logits).toFloatArray();
            int classes = Math.toIntExact(logits.getShape().get(1));
            double[][] out = new double[videos.size()][classes];
            for (int v = 0; v < videos.size(); v++) {
                for (int c = 0; c < classes; c++) {
                    out[v][c] = probabilities[v * classes + c];
                }
            }
            return out;
        }
    }

    private static float[] toFloats(boolean[][] labels) {
        int classes = labels[0].length;
        float[] values = new float[labels.length * classes];
        for (int v = 0; v < labels.length; v++) {
            for (int c = 0; c < classes; c++) {
                values[v * classes + c] = labels[v][c] ? 1f : 0f;
            }
        }
        return values;
    }

    /** A split as one zero-padded {@code [N, T_max, D]} tensor and its {@code [N, T_max]} mask. */
    record Padded(NDArray features, NDArray mask) {
        static Padded of(NDManager manager, List<float[][]> videos, int featureDim) {
            int maxSeconds = videos.stream().mapToInt(v -> v.length).max().orElseThrow();
            int n = videos.size();
            ByteBuffer bytes = ByteBuffer.allocateDirect(Math.multiplyExact(Math.multiplyExact(n, maxSeconds * featureDim), 4))
                    .order(ByteOrder.nativeOrder());
            FloatBuffer floats = bytes.asFloatBuffer();
            float[] mask = new float[n * maxSeconds];
            float[] zeros = new float[featureDim];
            for (int v = 0; v < n; v++) {
                float[][] video = videos.get(v);
                for (int t = 0; t < maxSeconds; t++) {
                    floats.put(t < video.length ? video[t] : zeros);
                    mask[v * maxSeconds + t] = t < video.length ? 1f : 0f;
                }
            }
            return new Padded(manager.create(bytes, new Shape(n, maxSeconds, featureDim), DataType.FLOAT32),
                    manager.create(mask, new Shape(n, maxSeconds)));
        }
    }
}

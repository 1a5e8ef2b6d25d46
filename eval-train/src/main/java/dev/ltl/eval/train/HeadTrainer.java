package dev.ltl.eval.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.ltl.eval.train.domain.EvalMetrics;
import dev.ltl.eval.train.domain.EvalResult;
import dev.ltl.eval.train.domain.JobRunner;
import dev.ltl.eval.train.domain.OptimizerConfig;
import dev.ltl.eval.train.domain.TrainData;
import dev.ltl.eval.train.domain.TrainJob;
import dev.ltl.eval.train.nn.Heads;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Trains one per-second head on CPU with DJL + PyTorch and evaluates it (spec §4.3–§4.5).
 *
 * <p>Per training: the whole train split becomes one tensor; each epoch draws a fresh permutation and
 * walks it in batches (the last one partial), gathering each batch with one index op; AdamW steps on
 * the cross-entropy averaged over all B×T seconds; after the last epoch one dropout-free forward pass
 * over the eval split gives the argmax predictions for {@link EvalMetrics}.
 *
 * <p>Randomness: a {@link SplittableRandom} seeded with the job seed is split into three independent
 * streams, for initial parameters, epoch orders and dropout masks. PyTorch's global generator is never
 * used, so a training is repeatable for its seed even while others run in parallel. It cannot match the
 * reference's Python runs bit for bit, which draw from torch's generator [AMBIG, spec §4.3].
 *
 * <p>Thread-safe: trainings share nothing but the engine, so several threads may call
 * {@link #trainAndEvaluate} at once (see {@link TrainingPool}).
 */
public final class HeadTrainer implements JobRunner {

    private static final String ENGINE = "PyTorch";
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;
    /** Eval clips per forward pass: one pass at AVE scale (402 clips), bounded memory beyond. */
    private static final int EVAL_CHUNK_CLIPS = 4096;

    /**
     * Configures DJL (offline, cache dir, threads) before it loads; see {@link DjlEnvironment#init}.
     *
     * @param cacheDir where DJL extracts the native PyTorch libraries
     * @param intraOpThreads PyTorch threads per training thread
     */
    public HeadTrainer(Path cacheDir, int intraOpThreads) {
        DjlEnvironment.init(cacheDir, intraOpThreads);
    }

    @Override
    public EvalResult trainAndEvaluate(TrainJob job) {
        TrainData data = job.data();
        SplittableRandom seedStream = new SplittableRandom(job.seed());
        SplittableRandom initRandom = seedStream.split();
        SplittableRandom orderRandom = seedStream.split();
        SplittableRandom dropoutRandom = seedStream.split();
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), ENGINE);
                AutogradScope idle = AutogradScope.notRecording()) {
            Block head = Heads.build(job.head(), data.featureDim(), job.numClasses(), initRandom, dropoutRandom);
            head.initialize(manager, DataType.FLOAT32, new Shape(1, data.segments(), data.featureDim()));
            NDArray trainFeatures = TrainTensors.features(manager, data.trainFeatures());
            NDArray trainTargets = TrainTensors.oneHot(manager, data.trainLabels(), job.numClasses());
            double[] lossByEpoch = train(head, trainFeatures, trainTargets, job.optimizer(), orderRandom);
            int[][] predicted = predict(manager, head, data.evalFeatures());
            return EvalResult.of(EvalMetrics.compute(predicted, data.evalLabels()), lossByEpoch);
        }
    }

    private static double[] train(
            Block head, NDArray features, NDArray targets, OptimizerConfig config, SplittableRandom orderRandom) {
        Optimizer optimizer = adamW(config);
        ParameterStore store = new ParameterStore(features.getManager(), false);
        List<Parameter> parameters = head.getParameters().values();
        int clips = Math.toIntExact(features.getShape().get(0));
        double[] lossByEpoch = new double[config.epochs()];
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            long[] order = shuffledIndices(clips, orderRandom);
            double lossSum = 0;
            for (int start = 0; start < clips; start += config.batchSize()) {
                long[] batch = Arrays.copyOfRange(order, start, Math.min(clips, start + config.batchSize()));
                lossSum += (double) step(head, parameters, store, optimizer, features, targets, batch) * batch.length;
            }
            // Batch means weighted by batch size: the mean loss per second over the epoch.
            lossByEpoch[epoch] = lossSum / clips;
        }
        return lossByEpoch;
    }

    /** One optimiser step on the given clips; returns the batch's mean loss per second. */
    private static float step(Block head, List<Parameter> parameters, ParameterStore store, Optimizer optimizer,
            NDArray features, NDArray targets, long[] batch) {
        try (NDManager scratch = features.getManager().newSubManager()) {
            NDIndex rows = new NDIndex("{}", scratch.create(batch));
            NDArray x = features.get(scratch, rows);
            NDArray y = targets.get(scratch, rows);
            NDArray loss;
            try (AutogradScope recording = AutogradScope.recording()) {
                NDArray logits = head.forward(store, new NDList(x), true).singletonOrThrow();
                loss = meanCrossEntropy(logits, y);
                recording.backward(loss);
            }
            for (Parameter parameter : parameters) {
                NDArray weights = parameter.getArray();
                NDArray gradient = weights.getGradient();
                gradient.attach(scratch);
                // DJL's PyTorch AdamW also zeroes the gradient after the update.
                optimizer.update(parameter.getId(), weights, gradient);
            }
            return loss.getFloat();
        }
    }

    /** Cross-entropy of logits [B, T, C] against one-hot targets, averaged over all B×T seconds. */
    private static NDArray meanCrossEntropy(NDArray logits, NDArray oneHotTargets) {
        return logits.logSoftmax(-1).mul(oneHotTargets).sum(new int[] {-1}).mean().neg();
    }

    /** AdamW(lr, wd, betas (0.9, 0.999), eps 1e-8) as in spec §4.4, weight decay decoupled. */
    static Optimizer adamW(OptimizerConfig config) {
        return Optimizer.adamW()
                .optLearningRateTracker(Tracker.fixed(config.learningRate()))
                .optWeightDecays(config.weightDecay())
                .optBeta1(BETA1)
                .optBeta2(BETA2)
                .optEpsilon(EPSILON)
                .build();
    }

    /** Argmax class per second, dropout off, in as few forward passes as memory allows. */
    private static int[][] predict(NDManager manager, Block head, float[][][] evalFeatures) {
        ParameterStore store = new ParameterStore(manager, false);
        int[][] predicted = new int[evalFeatures.length][];
        for (int start = 0; start < evalFeatures.length; start += EVAL_CHUNK_CLIPS) {
            int end = Math.min(evalFeatures.length, start + EVAL_CHUNK_CLIPS);
            try (NDManager scratch = manager.newSubManager()) {
                NDArray x = TrainTensors.features(scratch, Arrays.copyOfRange(evalFeatures, start, end));
                NDArray logits = head.forward(store, new NDList(x), false).singletonOrThrow();
                long[] classes = logits.argMax(-1).toLongArray();
                int segments = evalFeatures[0].length;
                for (int clip = start; clip < end; clip++) {
                    predicted[clip] = new int[segments];
                    for (int t = 0; t < segments; t++) {
                        predicted[clip][t] = Math.toIntExact(classes[(clip - start) * segments + t]);
                    }
                }
            }
        }
        return predicted;
    }

    /** A uniformly random permutation of 0..n−1 (Fisher–Yates). */
    static long[] shuffledIndices(int n, SplittableRandom random) {
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}

package dev.ltl.eval.train;

import dev.ltl.eval.train.domain.EvalResult;
import dev.ltl.eval.train.domain.HeadConfig;
import dev.ltl.eval.train.domain.HeadKind;
import dev.ltl.eval.train.domain.OptimizerConfig;
import dev.ltl.eval.train.domain.TrainData;
import dev.ltl.eval.train.domain.TrainJob;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

/**
 * Speed check (a main, not a test): trainings at AVE scale on random data — 3339 train / 402 eval
 * clips, T = 10, D = 768, 29 classes, 5 epochs, batch 16, lr 2e-3.
 *
 * <p>Usage: {@code AveScaleTrainingSpeed <threadsPerTraining> <workers> <trainings> [mlp|temporal_conv]}.
 * Prints one warm training's seconds, then the wall time of {@code trainings} distinct trainings
 * (different seeds) through a {@link TrainingPool} of {@code workers}.
 */
public final class AveScaleTrainingSpeed {

    private static final int TRAIN_CLIPS = 3339;
    private static final int EVAL_CLIPS = 402;
    private static final int SEGMENTS = 10;
    private static final int DIM = 768;
    private static final int CLASSES = 29;

    private AveScaleTrainingSpeed() {}

    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int trainings = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        HeadKind kind = HeadKind.fromConfigName(args.length > 3 ? args[3] : "temporal_conv");
        HeadTrainer trainer = new HeadTrainer(Path.of("target/djl-cache"), threads);

        long startData = System.nanoTime();
        TrainData data = randomAveScaleData(1);
        System.out.printf(Locale.ROOT, "data generated in %.1f s%n", seconds(startData));

        HeadConfig head = new HeadConfig(kind, 128, 0f, 3);
        OptimizerConfig optimizer = OptimizerConfig.referenceDefaults();
        // Warm-up: loads the engine and JIT-compiles the Java side.
        trainer.trainAndEvaluate(new TrainJob(head, new OptimizerConfig(1, 16, 2e-3f, 0f), 99, CLASSES,
                randomSmallData()));

        long startOne = System.nanoTime();
        long cpuOne = processCpuNanos();
        EvalResult one = trainer.trainAndEvaluate(new TrainJob(head, optimizer, 0, CLASSES, data));
        System.out.printf(Locale.ROOT, "one %s training (threads=%d): %.2f s wall, %.2f s CPU, val_acc=%.4f%n",
                kind.configName(), threads, seconds(startOne), cpuSeconds(cpuOne), one.valAcc());

        long startPool = System.nanoTime();
        long cpuPool = processCpuNanos();
        try (TrainingPool pool = new TrainingPool(trainer, workers)) {
            List<CompletableFuture<EvalResult>> results = new ArrayList<>();
            for (int seed = 1; seed <= trainings; seed++) {
                results.add(pool.submit("random-ave-scale", new TrainJob(head, optimizer, seed, CLASSES, data)));
            }
            CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).join();
            double wall = seconds(startPool);
            System.out.printf(Locale.ROOT,
                    "%d trainings, %d workers x %d threads: %.2f s wall (%.2f s per training), %.2f s CPU%n",
                    pool.trainingsStarted(), workers, threads, wall, wall / trainings, cpuSeconds(cpuPool));
        }
    }

    private static TrainData randomAveScaleData(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return new TrainData(features(TRAIN_CLIPS, random), labels(TRAIN_CLIPS, random),
                features(EVAL_CLIPS, random), labels(EVAL_CLIPS, random));
    }

    private static TrainData randomSmallData() {
        SplittableRandom random = new SplittableRandom(7);
        return new TrainData(features(32, random), labels(32, random), features(8, random), labels(8, random));
    }

    private static float[][][] features(int clips, SplittableRandom random) {
        float[][][] features = new float[clips][SEGMENTS][DIM];
        for (float[][] clip : features) {
            for (float[] second : clip) {
                for (int d = 0; d < DIM; d++) {
                    second[d] = (float) (random.nextDouble() * 2 - 1);
                }
            }
        }
        return features;
    }

    /** An AVE-like clip: one event class on a contiguous span of seconds, background elsewhere. */
    private static int[][] labels(int clips, SplittableRandom random) {
        int[][] labels = new int[clips][SEGMENTS];
        for (int[] clip : labels) {
            int cls = 1 + random.nextInt(CLASSES - 1);
            int start = random.nextInt(SEGMENTS);
            int end = start + 1 + random.nextInt(SEGMENTS - start);
            for (int t = start; t < end; t++) {
                clip[t] = cls;
            }
        }
        return labels;
    }

    /** CPU time of the whole process: wall time misleads on a machine shared with other work. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double cpuSeconds(long startCpuNanos) {
        return (processCpuNanos() - startCpuNanos) / 1e9;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}

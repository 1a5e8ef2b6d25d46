package dev.ltl.eval.train;

import dev.ltl.eval.train.domain.TrainData;
import java.util.SplittableRandom;

/**
 * Small learnable tasks: every second gets an independent random label in 0..C−1, and a bump of
 * height 3 in feature dimension = label marks it, on top of Gaussian noise (σ = 0.5).
 */
final class SyntheticTasks {

    static final int SEGMENTS = 10;
    private static final float SIGNAL = 3f;
    private static final float NOISE = 0.5f;

    private SyntheticTasks() {}

    /** The class of second t is visible in the features of second t itself. */
    static TrainData visibleInOwnSecond(int trainClips, int evalClips, int dim, int classes, long seed) {
        return build(trainClips, evalClips, dim, classes, seed, 0);
    }

    /**
     * The class of second t is visible only in the features of second t − 1 (second 0 is always
     * background and marks nothing). A per-second head sees nothing useful; a temporal convolution
     * with K ≥ 3 can read the previous second.
     */
    static TrainData visibleOneSecondEarlier(int trainClips, int evalClips, int dim, int classes, long seed) {
        return build(trainClips, evalClips, dim, classes, seed, 1);
    }

    private static TrainData build(int trainClips, int evalClips, int dim, int classes, long seed, int lead) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] trainLabels = labels(trainClips, classes, lead, random);
        int[][] evalLabels = labels(evalClips, classes, lead, random);
        return new TrainData(
                features(trainLabels, dim, lead, random), trainLabels,
                features(evalLabels, dim, lead, random), evalLabels);
    }

    private static int[][] labels(int clips, int classes, int lead, SplittableRandom random) {
        int[][] labels = new int[clips][SEGMENTS];
        for (int[] clip : labels) {
            for (int t = lead; t < SEGMENTS; t++) {
                clip[t] = random.nextInt(classes);
            }
        }
        return labels;
    }

    /** Second s shows the label of second s + lead. */
    private static float[][][] features(int[][] labels, int dim, int lead, SplittableRandom random) {
        float[][][] features = new float[labels.length][SEGMENTS][dim];
        for (int clip = 0; clip < labels.length; clip++) {
            for (int s = 0; s < SEGMENTS; s++) {
                for (int d = 0; d < dim; d++) {
                    features[clip][s][d] = (float) (gaussian(random) * NOISE);
                }
                if (s + lead < SEGMENTS) {
                    features[clip][s][labels[clip][s + lead]] += SIGNAL;
                }
            }
        }
        return features;
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * random.nextDouble());
    }
}

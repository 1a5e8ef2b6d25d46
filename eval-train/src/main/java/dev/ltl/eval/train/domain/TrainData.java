package dev.ltl.eval.train.domain;

/**
 * Per-second features and labels of the train and eval clips, as the run engine builds them from its
 * plans (spec §4.2): features {@code [clips][T][D]}, labels {@code [clips][T]} with 0 = background.
 *
 * <p>The arrays are shared, not copied (an AVE-scale train set is ~100 MB); callers must not mutate
 * them while a training runs.
 */
public record TrainData(float[][][] trainFeatures, int[][] trainLabels, float[][][] evalFeatures, int[][] evalLabels) {

    public TrainData {
        requireNonEmpty(trainFeatures, "train features");
        requireNonEmpty(evalFeatures, "eval features");
        int segments = trainFeatures[0].length;
        if (segments == 0 || trainFeatures[0][0].length == 0) {
            throw new IllegalArgumentException("train features need at least one second and one dimension");
        }
        int dim = trainFeatures[0][0].length;
        checkFeatures(trainFeatures, segments, dim, "train features");
        checkFeatures(evalFeatures, segments, dim, "eval features");
        checkLabels(trainLabels, trainFeatures.length, segments, "train labels");
        checkLabels(evalLabels, evalFeatures.length, segments, "eval labels");
    }

    /** Number of train clips. */
    public int trainClips() {
        return trainFeatures.length;
    }

    /** Number of eval clips. */
    public int evalClips() {
        return evalFeatures.length;
    }

    /** Seconds per clip (T, 10 for AVE). */
    public int segments() {
        return trainFeatures[0].length;
    }

    /** Feature dimension D per second. */
    public int featureDim() {
        return trainFeatures[0][0].length;
    }

    /** Largest label in either split (so the caller's class count can be checked). */
    public int maxLabel() {
        return Math.max(maxOf(trainLabels), maxOf(evalLabels));
    }

    private static void requireNonEmpty(float[][][] features, String what) {
        if (features == null || features.length == 0) {
            throw new IllegalArgumentException(what + " must hold at least one clip");
        }
    }

    private static void checkFeatures(float[][][] features, int segments, int dim, String what) {
        for (int clip = 0; clip < features.length; clip++) {
            float[][] perSecond = features[clip];
            if (perSecond == null || perSecond.length != segments) {
                throw new IllegalArgumentException(what + ": clip " + clip + " must have " + segments + " seconds");
            }
            for (float[] row : perSecond) {
                if (row == null || row.length != dim) {
                    throw new IllegalArgumentException(what + ": clip " + clip + " must have dimension " + dim);
                }
            }
        }
    }

    private static void checkLabels(int[][] labels, int clips, int segments, String what) {
        if (labels == null || labels.length != clips) {
            throw new IllegalArgumentException(what + " must have one row per clip (" + clips + ")");
        }
        for (int clip = 0; clip < clips; clip++) {
            if (labels[clip] == null || labels[clip].length != segments) {
                throw new IllegalArgumentException(what + ": clip " + clip + " must have " + segments + " labels");
            }
            for (int label : labels[clip]) {
                if (label < 0) {
                    throw new IllegalArgumentException(what + ": clip " + clip + " has a negative label " + label);
                }
            }
        }
    }

    private static int maxOf(int[][] labels) {
        int max = 0;
        for (int[] row : labels) {
            for (int label : row) {
                max = Math.max(max, label);
            }
        }
        return max;
    }
}

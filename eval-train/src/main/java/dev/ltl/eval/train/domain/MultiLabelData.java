package dev.ltl.eval.train.domain;

import java.util.List;

/**
 * Video-level multi-label data: per video its selected seconds' embeddings {@code [n_i][D]}
 * (n_i ≥ 1, any length) and a multi-hot label row {@code [C]}.
 */
public record MultiLabelData(List<float[][]> trainFeatures, boolean[][] trainLabels, List<float[][]> evalFeatures,
                             int featureDim, int numClasses) {
    public MultiLabelData {
        trainFeatures = List.copyOf(trainFeatures);
        evalFeatures = List.copyOf(evalFeatures);
        if (trainFeatures.isEmpty() || evalFeatures.isEmpty()) {
            throw new IllegalArgumentException("train and eval need at least one video each");
        }
        if (trainLabels.length != trainFeatures.size()) {
            throw new IllegalArgumentException("one label row per train video");
        }
        for (boolean[] row : trainLabels) {
            if (row.length != numClasses) {
                throw new IllegalArgumentException("label rows must have numClasses = " + numClasses + " entries");
            }
        }
        for (List<float[][]> split : List.of(trainFeatures, evalFeatures)) {
            for (float[][] video : split) {
                if (video.length == 0 || video[0].length != featureDim) {
                    throw new IllegalArgumentException("every video needs >= 1 second of " + featureDim + " features");
                }
            }
        }
    }

    /**
     * pos_weight = neg / pos per class over the train labels; 1 for a class with no positive (as the
     * reference), so an absent class neither explodes nor vanishes from the loss.
     */
    public float[] positiveWeights() {
        float[] weights = new float[numClasses];
        for (int c = 0; c < numClasses; c++) {
            int positives = 0;
            for (boolean[] row : trainLabels) {
                positives += row[c] ? 1 : 0;
            }
            weights[c] = positives == 0 ? 1f : (float) (trainLabels.length - positives) / positives;
        }
        return weights;
    }
}

package dev.ltl.eval.epic;

import java.util.Arrays;
import java.util.Comparator;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * Multi-label metrics over videos × classes: {@code truth[v][c]} (is class c in video v) and
 * {@code scores[v][c]} (the predicted probability).
 */
public final class MultiLabelMetrics {
    private MultiLabelMetrics() {
    }

    /**
     * Average precision of one class with scikit-learn's {@code average_precision_score} definition:
     * AP = Σₙ (Rₙ − Rₙ₋₁)·Pₙ over the distinct score thresholds, highest first — step-wise, no
     * interpolation, and tied scores enter together as one threshold. (The reference script averaged
     * the precision at each positive in a stable sort, which differs only when scores tie.)
     *
     * @return empty when the class has no positive (AP is undefined)
     */
    public static OptionalDouble averagePrecision(boolean[] truth, double[] scores) {
        if (truth.length != scores.length) {
            throw new IllegalArgumentException("truth and scores differ in length");
        }
        long positives = IntStream.range(0, truth.length).filter(i -> truth[i]).count();
        if (positives == 0) {
            return OptionalDouble.empty();
        }
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> -scores[i]));
        double ap = 0;
        int truePositives = 0;
        int seen = 0;
        int previousTruePositives = 0;
        for (int k = 0; k < order.length; k++) {
            truePositives += truth[order[k]] ? 1 : 0;
            seen++;
            boolean endOfTieGroup = k + 1 == order.length || scores[order[k + 1]] != scores[order[k]];
            if (endOfTieGroup) {
                double precision = (double) truePositives / seen;
                ap += (double) (truePositives - previousTruePositives) / positives * precision;
                previousTruePositives = truePositives;
            }
        }
        return OptionalDouble.of(ap);
    }

    /** mAP: the mean AP over the classes with at least one positive in {@code truth}; 0 if none has one. */
    public static double meanAveragePrecision(boolean[][] truth, double[][] scores) {
        int classes = classes(truth, scores);
        double sum = 0;
        int counted = 0;
        for (int c = 0; c < classes; c++) {
            OptionalDouble ap = averagePrecision(column(truth, c), column(scores, c));
            if (ap.isPresent()) {
                sum += ap.getAsDouble();
                counted++;
            }
        }
        return counted == 0 ? 0.0 : sum / counted;
    }

    /**
     * Macro-F1 with a class predicted when its score is ≥ threshold: the mean over <em>all</em>
     * classes of 2·TP / (2·TP + FP + FN), a class with nothing true and nothing predicted counting 0
     * (scikit-learn's {@code f1_score(average="macro", zero_division=0)}, and the reference's rule).
     */
    public static double macroF1(boolean[][] truth, double[][] scores, double threshold) {
        int classes = classes(truth, scores);
        if (classes == 0) {
            return 0.0;
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int v = 0; v < truth.length; v++) {
                boolean predicted = scores[v][c] >= threshold;
                if (predicted && truth[v][c]) {
                    tp++;
                } else if (predicted) {
                    fp++;
                } else if (truth[v][c]) {
                    fn++;
                }
            }
            int denominator = 2 * tp + fp + fn;
            sum += denominator == 0 ? 0.0 : 2.0 * tp / denominator;
        }
        return sum / classes;
    }

    private static int classes(boolean[][] truth, double[][] scores) {
        if (truth.length != scores.length) {
            throw new IllegalArgumentException("truth has " + truth.length + " videos, scores " + scores.length);
        }
        if (truth.length == 0) {
            return 0;
        }
        int classes = truth[0].length;
        for (int v = 0; v < truth.length; v++) {
            if (truth[v].length != classes || scores[v].length != classes) {
                throw new IllegalArgumentException("every row needs " + classes + " classes");
            }
        }
        return classes;
    }

    private static boolean[] column(boolean[][] rows, int c) {
        boolean[] out = new boolean[rows.length];
        for (int v = 0; v < rows.length; v++) {
            out[v] = rows[v][c];
        }
        return out;
    }

    private static double[] column(double[][] rows, int c) {
        return Arrays.stream(rows).mapToDouble(row -> row[c]).toArray();
    }
}

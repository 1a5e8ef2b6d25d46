package dev.ltl.eval.qa;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer-prior baseline (spec §4): always answer the most frequent train label.
 *
 * @param label    the most frequent train answer index ([AMBIG] ties go to the smallest index)
 * @param trainN   train answers
 * @param evalN    eval answers
 * @param accuracy fraction of eval answers equal to {@code label} (NaN when evalN = 0)
 */
public record AnswerPrior(int label, int trainN, int evalN, double accuracy) {

    /** The prior's accuracy on the eval answers. */
    public static double accuracy(List<Integer> trainAnswers, List<Integer> evalAnswers) {
        return compute(trainAnswers, evalAnswers).accuracy();
    }

    /** The full record. */
    public static AnswerPrior compute(List<Integer> trainAnswers, List<Integer> evalAnswers) {
        int label = mostFrequent(trainAnswers);
        long hits = evalAnswers.stream().filter(a -> a == label).count();
        double accuracy = evalAnswers.isEmpty() ? Double.NaN : (double) hits / evalAnswers.size();
        return new AnswerPrior(label, trainAnswers.size(), evalAnswers.size(), accuracy);
    }

    /** The most frequent answer; ties go to the smallest index. */
    public static int mostFrequent(List<Integer> answers) {
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("no train answers to take a prior from");
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        answers.forEach(a -> counts.merge(a, 1, Integer::sum));
        int best = -1;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            // Ascending keys and a strict '>' keep the smallest index on ties.
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}

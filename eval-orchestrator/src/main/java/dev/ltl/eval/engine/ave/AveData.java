package dev.ltl.eval.engine.ave;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything a run needs about its clips, loaded once: the train and eval id lists (tensor order),
 * per-second labels, the Stage-1 scores, and the number of classes.
 */
public record AveData(List<String> trainIds, List<String> evalIds, Map<String, int[]> labels,
                      Map<String, double[]> scores, int numClasses, int numSeconds) {
    public AveData {
        trainIds = List.copyOf(trainIds);
        evalIds = List.copyOf(evalIds);
        for (String id : allIds(trainIds, evalIds)) {
            if (!labels.containsKey(id)) {
                throw new IllegalArgumentException("no labels for clip '" + id + "'");
            }
            if (!scores.containsKey(id)) {
                throw new IllegalArgumentException("no Stage-1 scores for clip '" + id + "'");
            }
        }
    }

    /** Train ids then eval ids: the order the reference draws random anchors in. */
    public List<String> allIds() {
        return allIds(trainIds, evalIds);
    }

    private static List<String> allIds(List<String> train, List<String> eval) {
        List<String> all = new ArrayList<>(train);
        all.addAll(eval);
        return all;
    }
}

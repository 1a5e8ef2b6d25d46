package dev.ltl.eval.epic;

import java.util.List;
import java.util.Map;

/**
 * {@code metrics.json} of an EPIC-SOUNDS run (keys snake_case through ArtifactJson).
 *
 * @param task           always {@code "epic_sounds"}
 * @param methods        per method (short name: uniform, random, audio_anchored, oracle), in run order
 * @param budgetTokens   max_steps · 196
 * @param maxSteps       the step budget
 * @param maxSeconds     the duration cap (120 in the reference)
 * @param backbone       the vision model that embedded the seconds
 * @param numClasses     C: the class ids seen in train ∪ val, densely renumbered
 * @param nTrain         train videos
 * @param nVal           val videos
 * @param seeds          training seeds
 * @param epochs         training epochs
 * @param mapDeltaVsUniform per method, mean mAP minus uniform's (absent without uniform)
 * @param timingsS       wall-clock seconds: prepare (scores, plans, features), train, total
 */
public record EpicMetricsJson(String task, Map<String, EpicMethodMetrics> methods, long budgetTokens, int maxSteps,
                              int maxSeconds, String backbone, int numClasses, int nTrain, int nVal, List<Long> seeds,
                              int epochs, Map<String, Double> mapDeltaVsUniform, Map<String, Double> timingsS) {
    public static final String TASK = "epic_sounds";
}

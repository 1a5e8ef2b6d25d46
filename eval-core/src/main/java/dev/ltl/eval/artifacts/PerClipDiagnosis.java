package dev.ltl.eval.artifacts;

import java.util.Map;

/**
 * {@code per_clip} of {@code diagnose.json}: column maps keyed by clip id (§5.7).
 *
 * @param delta          clip → δ
 * @param deltaEvent     clip → event-second δ (null when the clip has no event second)
 * @param recallByDelta  Δ (as a string) → clip → Recall@K,Δ
 */
public record PerClipDiagnosis(Map<String, Double> delta, Map<String, Double> deltaEvent,
                               Map<String, Map<String, Double>> recallByDelta) {
}

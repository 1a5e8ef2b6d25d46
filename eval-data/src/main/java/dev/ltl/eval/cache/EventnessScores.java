package dev.ltl.eval.cache;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Per-clip Stage-1 scores as kept in {@code eventness_scores.json} (§2.5).
 *
 * @param method      the eventness method that produced them, e.g. {@code energy}
 * @param numSegments seconds per clip (10)
 * @param scores      clip id → per-second scores, in insertion order (copied)
 */
public record EventnessScores(String method, int numSegments, Map<String, double[]> scores) {

    public EventnessScores {
        Objects.requireNonNull(method, "method");
        if (numSegments < 1) {
            throw new IllegalArgumentException("numSegments must be >= 1, got " + numSegments);
        }
        Map<String, double[]> copy = new LinkedHashMap<>();
        scores.forEach((id, s) -> copy.put(id, s.clone()));
        scores = java.util.Collections.unmodifiableMap(copy);
    }

    /** An empty score set for {@code method}. */
    public static EventnessScores empty(String method, int numSegments) {
        return new EventnessScores(method, numSegments, Map.of());
    }

    /** The ids of {@code clipIds} that have no scores yet, in input order. */
    public List<String> missingIds(Collection<String> clipIds) {
        return clipIds.stream().filter(id -> !scores.containsKey(id)).distinct().toList();
    }

    /** These scores plus {@code more} (a later value replaces an earlier one for the same id). */
    public EventnessScores withScores(Map<String, double[]> more) {
        Map<String, double[]> merged = new LinkedHashMap<>(scores);
        merged.putAll(more);
        return new EventnessScores(method, numSegments, merged);
    }

    /** The scores of {@code clipId} (a copy); throws if absent. */
    public double[] scoresOf(String clipId) {
        double[] s = scores.get(clipId);
        if (s == null) {
            throw new IllegalArgumentException("no eventness scores for clip '" + clipId + "' (" + method + ")");
        }
        return s.clone();
    }
}

package dev.ltl.eval.engine.ave;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-second embeddings of every clip at every cached resolution, held in memory for a run
 * (training jobs read them many times): clip id → resolution → [N][D].
 */
public final class FeatureTable {
    private final Map<String, Map<Integer, float[][]>> features = new ConcurrentHashMap<>();
    private volatile int dim = -1;

    public void put(String clipId, int resolution, float[][] perSecond) {
        if (perSecond.length == 0 || perSecond[0] == null) {
            throw new IllegalArgumentException("empty features for clip '" + clipId + "' at " + resolution);
        }
        int d = perSecond[0].length;
        if (dim >= 0 && d != dim) {
            throw new IllegalArgumentException("clip '" + clipId + "' at " + resolution + " has dimension " + d
                    + ", others have " + dim + ": mixed backbones in one run");
        }
        dim = d;
        features.computeIfAbsent(clipId, k -> new ConcurrentHashMap<>()).put(resolution, perSecond);
    }

    public float[] get(String clipId, int resolution, int second) {
        Map<Integer, float[][]> byResolution = features.get(clipId);
        float[][] rows = byResolution == null ? null : byResolution.get(resolution);
        if (rows == null) {
            throw new IllegalStateException("no features for clip '" + clipId + "' at resolution " + resolution
                    + " (every resolution a plan may use must be cached)");
        }
        return rows[second];
    }

    public boolean has(String clipId, int resolution) {
        Map<Integer, float[][]> byResolution = features.get(clipId);
        return byResolution != null && byResolution.containsKey(resolution);
    }

    public int dim() {
        return dim;
    }
}

package dev.ltl.eval.engine.epic;

import java.nio.file.Path;
import java.util.List;

/**
 * What the evaluation knows about one video before selecting: its media, its duration
 * (min(audio seconds, MAX_SECONDS)), its per-second energy scores, its oracle anchors and labels.
 */
public record EpicVideoInput(String videoId, Path video, int durationSeconds, double[] energyScores,
                             List<Integer> oracleAnchors, boolean[] labels) {
    public EpicVideoInput {
        oracleAnchors = List.copyOf(oracleAnchors);
        if (energyScores.length != durationSeconds) {
            throw new IllegalArgumentException("video " + videoId + ": " + energyScores.length + " scores for "
                    + durationSeconds + " seconds");
        }
    }
}

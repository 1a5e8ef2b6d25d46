package dev.ltl.eval.analysis;

import java.util.List;
import java.util.Map;

/**
 * {@code anchors_metrics.json} of the anchor evaluation (§5.8):
 * {data_dir, num_input_clips, metrics: {method, k, deltas, by_delta}}.
 */
public record AnchorsMetricsJson(String dataDir, int numInputClips, Metrics metrics) {

    /** The {@code metrics} block. */
    public record Metrics(String method, int k, List<Integer> deltas,
                          Map<String, AnchorEvaluation.DeltaRecall> byDelta) {
    }

    /** Evaluates the clips ({@code ave_anchor_eval} excludes clips without events) and builds the file. */
    public static AnchorsMetricsJson evaluate(String dataDir, String method, int k, List<Integer> deltas,
                                              List<AnchorEvaluation.ClipAnchors> clips) {
        return new AnchorsMetricsJson(dataDir, clips.size(),
                new Metrics(method, k, List.copyOf(deltas), AnchorEvaluation.byDelta(clips, k, deltas, true)));
    }
}

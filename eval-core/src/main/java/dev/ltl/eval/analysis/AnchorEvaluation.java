package dev.ltl.eval.analysis;

import dev.ltl.planner.domain.PythonRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The anchor evaluation of {@code ave_anchor_eval} (§5.8): mean Recall@K,Δ of our anchors and
 * of random anchors over the valid clips. Random anchors come from one Python-compatible
 * {@code Random(0)}, one {@code sample(range(N), k)} per valid clip in clip order.
 */
public final class AnchorEvaluation {
    /** One clip: its id, our final anchors and its per-second labels. */
    public record ClipAnchors(String clipId, int[] anchors, int[] labels) {
    }

    /** One {@code by_delta["Δ"]} entry. */
    public record DeltaRecall(double oursMeanRecall, double randomMeanRecall, int numClips) {
    }

    private AnchorEvaluation() {
    }

    /**
     * @param clips            clips in clip order
     * @param k                anchors per random draw
     * @param deltas           Δ values
     * @param excludeEmptyGt   true for {@code ave_anchor_eval} (drops clips without events);
     *                         false for the degradation suite and diagnose (they count as 0)
     * @return Δ (as a string) → recall summary, in Δ order
     */
    public static Map<String, DeltaRecall> byDelta(List<ClipAnchors> clips, int k, List<Integer> deltas,
                                                   boolean excludeEmptyGt) {
        List<ClipAnchors> valid = new ArrayList<>();
        for (ClipAnchors c : clips) {
            if (!excludeEmptyGt || AnchorRecall.hasEvent(c.labels())) {
                valid.add(c);
            }
        }
        PythonRandom rng = new PythonRandom(0);
        List<int[]> randomAnchors = new ArrayList<>();
        for (ClipAnchors c : valid) {
            int n = c.labels().length;
            randomAnchors.add(rng.sample(n, Math.min(k, n)));
        }
        Map<String, DeltaRecall> out = new LinkedHashMap<>();
        for (int delta : deltas) {
            double ours = 0;
            double random = 0;
            for (int i = 0; i < valid.size(); i++) {
                ours += AnchorRecall.recall(valid.get(i).anchors(), valid.get(i).labels(), delta);
                random += AnchorRecall.recall(randomAnchors.get(i), valid.get(i).labels(), delta);
            }
            int n = valid.size();
            out.put(Integer.toString(delta), new DeltaRecall(n == 0 ? 0 : ours / n, n == 0 ? 0 : random / n, n));
        }
        return out;
    }

    /** Mean Recall@K,Δ of the given anchors over all clips (empty GT counts as 0). */
    public static double meanRecall(List<ClipAnchors> clips, int delta) {
        if (clips.isEmpty()) {
            return 0.0;
        }
        return clips.stream().mapToDouble(c -> AnchorRecall.recall(c.anchors(), c.labels(), delta)).sum() / clips.size();
    }
}

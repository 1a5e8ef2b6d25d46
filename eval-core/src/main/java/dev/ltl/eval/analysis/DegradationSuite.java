package dev.ltl.eval.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the degradation suite (§5.10): corrupt every eval clip's waveform under one
 * condition (one generator per condition, consumed in clip order), re-score Stage-1, pick
 * anchors with no confidence gate, and average Recall@K,Δ over all clips (empty GT counts 0).
 * Stage-1 scoring and anchor selection are passed in, so this stays free of services.
 */
public final class DegradationSuite {
    /** A clip's clean 16 kHz mono waveform and per-second labels. */
    public record ClipAudio(String clipId, float[] waveform, int sampleRate, int[] labels) {
    }

    /** Stage-1 scoring of a (corrupted) waveform: one score per second. */
    @FunctionalInterface
    public interface Stage1Scorer {
        double[] score(float[] waveform, int sampleRate);
    }

    /** Anchor selection without a gate (k, select, shift of the anchor config). */
    @FunctionalInterface
    public interface AnchorPicker {
        int[] anchors(double[] scores);
    }

    /**
     * A suite row: {shift_s, snr_db, silence_ratio, num_eval_ids, anchors_fallback_used_frac,
     * recall_by_delta{"0","1","2"}}.
     */
    public record Row(double shiftS, double snrDb, double silenceRatio, int numEvalIds,
                      double anchorsFallbackUsedFrac, Map<String, Double> recallByDelta) {
    }

    private DegradationSuite() {
    }

    /** Evaluates one condition over the eval clips. */
    public static Row evaluate(DegradationCondition condition, List<ClipAudio> clips, Stage1Scorer scorer,
                               AnchorPicker picker, List<Integer> deltas) {
        DegradationRandom rng = new DegradationRandom(condition.seed());
        List<AnchorEvaluation.ClipAnchors> anchored = new ArrayList<>();
        for (ClipAudio clip : clips) {
            float[] corrupted = AudioDegradation.apply(clip.waveform(), clip.sampleRate(), condition, rng);
            int[] anchors = picker.anchors(scorer.score(corrupted, clip.sampleRate()));
            anchored.add(new AnchorEvaluation.ClipAnchors(clip.clipId(), anchors, clip.labels()));
        }
        Map<String, Double> recall = new LinkedHashMap<>();
        for (int delta : deltas) {
            recall.put(Integer.toString(delta), AnchorEvaluation.meanRecall(anchored, delta));
        }
        // No confidence gate runs in the suite, so no clip ever falls back (§5.10).
        return new Row(condition.shiftS(), condition.snrDb(), condition.silenceRatio(), clips.size(), 0.0, recall);
    }

    /** All 18 rows in grid order. */
    public static List<Row> evaluateAll(List<ClipAudio> clips, Stage1Scorer scorer, AnchorPicker picker) {
        return DegradationGrid.suite().stream()
                .map(c -> evaluate(c, clips, scorer, picker, DegradationGrid.DELTAS))
                .toList();
    }
}

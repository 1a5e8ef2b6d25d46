package dev.ltl.eval.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ltl.planner.domain.PythonRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnchorRecallTest {
    // event seconds 2..6 (Start 2, End 7 in §1.1's example)
    private static final int[] LABELS = {0, 0, 4, 4, 4, 4, 4, 0, 0, 0};

    @Test
    void coveredIsTheUnionOfClampedWindows() {
        assertThat(AnchorRecall.covered(new int[] {0, 9}, 1, 10))
                .containsExactly(true, true, false, false, false, false, false, false, true, true);
    }

    @Test
    void recallCountsCoveredEventSeconds() {
        assertThat(AnchorRecall.recall(new int[] {3, 9}, LABELS, 0)).isCloseTo(1.0 / 5, within(1e-12));
        assertThat(AnchorRecall.recall(new int[] {3, 9}, LABELS, 1)).isCloseTo(3.0 / 5, within(1e-12));
        assertThat(AnchorRecall.recall(new int[] {3, 9}, LABELS, 2)).isCloseTo(4.0 / 5, within(1e-12));
        assertThat(AnchorRecall.recall(new int[] {4}, LABELS, 2)).isEqualTo(1.0);
    }

    @Test
    void emptyGroundTruthAndFallbackGiveZero() {
        assertThat(AnchorRecall.recall(new int[] {3}, new int[10], 2)).isEqualTo(0.0);
        assertThat(AnchorRecall.recall(new int[0], LABELS, 2)).isEqualTo(0.0);
    }

    @Test
    void anchorEvaluationExcludesEmptyGtAndDrawsRandomAnchorsFromRandomZero() {
        List<AnchorEvaluation.ClipAnchors> clips = List.of(
                new AnchorEvaluation.ClipAnchors("a", new int[] {3, 4}, LABELS),
                new AnchorEvaluation.ClipAnchors("empty", new int[] {1, 2}, new int[10]),
                new AnchorEvaluation.ClipAnchors("b", new int[0], new int[] {0, 0, 0, 0, 0, 0, 1, 1, 1, 1}));
        Map<String, AnchorEvaluation.DeltaRecall> byDelta = AnchorEvaluation.byDelta(clips, 2, List.of(0, 1), true);
        assertThat(byDelta.keySet()).containsExactly("0", "1");
        assertThat(byDelta.get("0").numClips()).isEqualTo(2);
        assertThat(byDelta.get("0").oursMeanRecall()).isCloseTo((2.0 / 5 + 0) / 2, within(1e-12));
        // Random(0).sample(range(10), 2) draws [6, 9] then [0, 4] (§4.1 test vector)
        PythonRandom rng = new PythonRandom(0);
        assertThat(rng.sample(10, 2)).containsExactly(6, 9);
        double expectedRandom = (AnchorRecall.recall(new int[] {6, 9}, LABELS, 0)
                + AnchorRecall.recall(new int[] {0, 4}, clips.get(2).labels(), 0)) / 2;
        assertThat(byDelta.get("0").randomMeanRecall()).isCloseTo(expectedRandom, within(1e-12));
        // the degradation suite and diagnose keep empty-GT clips with recall 0
        assertThat(AnchorEvaluation.byDelta(clips, 2, List.of(0), false).get("0").numClips()).isEqualTo(3);
        assertThat(AnchorEvaluation.meanRecall(clips, 0)).isCloseTo(2.0 / 5 / 3, within(1e-12));
        // [AMBIG] choice: no valid clip gives mean recall 0, not NaN
        var none = AnchorEvaluation.byDelta(List.of(clips.get(1)), 2, List.of(0), true).get("0");
        assertThat(none).isEqualTo(new AnchorEvaluation.DeltaRecall(0.0, 0.0, 0));
    }
}

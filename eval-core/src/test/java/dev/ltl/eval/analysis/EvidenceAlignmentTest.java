package dev.ltl.eval.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceAlignmentTest {
    private static final int[] LABELS = {0, 0, 4, 4, 4, 0, 0, 0, 0, 0};

    @Test
    void iouOfIntervals() {
        assertThat(EvidenceAlignment.iou(2, 3, 2, 3)).isEqualTo(1.0);
        assertThat(EvidenceAlignment.iou(1, 4, 2, 3)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(EvidenceAlignment.iou(0, 1, 2, 3)).isEqualTo(0.0);
        assertThat(EvidenceAlignment.iou(2, 2, 2, 2)).isEqualTo(0.0);
    }

    @Test
    void eachEventSecondIsItsOwnEvidenceWindow() {
        // δ = 0: anchor 3 → window [3, 4] matches evidence [3, 4] exactly, not [2, 3] or [4, 5]
        assertThat(EvidenceAlignment.coverage(new int[] {3}, LABELS, 0.5, 0)).isCloseTo(1.0 / 3, within(1e-12));
        // δ = 1: window [2, 5] has IoU 1/3 with every evidence second
        assertThat(EvidenceAlignment.coverage(new int[] {3}, LABELS, 0.3, 1)).isEqualTo(1.0);
        assertThat(EvidenceAlignment.coverage(new int[] {3}, LABELS, 0.5, 1)).isEqualTo(0.0);
        // window clamped at the clip start: anchor 0, δ 1 → [0, 2]
        assertThat(EvidenceAlignment.coverage(new int[] {0}, new int[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 0.5, 1))
                .isEqualTo(1.0);
    }

    @Test
    void noEvidenceOrNoAnchorsGivesZeroAndTauIsChecked() {
        assertThat(EvidenceAlignment.coverage(new int[] {3}, new int[10], 0.3, 0)).isEqualTo(0.0);
        assertThat(EvidenceAlignment.coverage(new int[0], LABELS, 0.0, 0)).isEqualTo(0.0);
        assertThatThrownBy(() -> EvidenceAlignment.coverage(new int[] {1}, LABELS, 1.5, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EvidenceAlignment.tauKey(0.3)).isEqualTo("0.300");
    }

    @Test
    void reportAggregatesPerTau() {
        List<AnchorEvaluation.ClipAnchors> clips = List.of(
                new AnchorEvaluation.ClipAnchors("a", new int[] {2, 3}, LABELS),
                new AnchorEvaluation.ClipAnchors("b", new int[] {8}, LABELS),
                new AnchorEvaluation.ClipAnchors("c", new int[] {4}, LABELS),
                new AnchorEvaluation.ClipAnchors("no_delta", new int[] {4}, LABELS));
        EvidenceAlignmentReport.Result r = EvidenceAlignmentReport.compute(clips,
                Map.of("a", 0.2, "b", -0.1, "c", 0.05), EvidenceAlignment.DEFAULT_TAUS, 0, 2);
        assertThat(r.numClipsUsed()).isEqualTo(3);
        assertThat(r.covByTau().keySet()).containsExactly("0.300", "0.500", "0.700");
        // per-clip cov: 2/3, 0, 1/3 → mean 1/3, population std √(2/27)
        assertThat(r.covByTau().get("0.500").mean()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(r.covByTau().get("0.500").std()).isCloseTo(Math.sqrt(2.0 / 27), within(1e-12));
        assertThat(r.corrByTau().get("0.500").spearman()).isCloseTo(1.0, within(1e-12));
        assertThat(r.topImprove()).extracting(EvidenceAlignmentReport.TopClip::clipId).containsExactly("a", "c");
        assertThat(r.topDegrade()).extracting(EvidenceAlignmentReport.TopClip::clipId).containsExactly("b", "c");
        assertThat(r.topImprove().get(0).covByTau()).containsOnlyKeys("0.300", "0.500", "0.700");
    }
}

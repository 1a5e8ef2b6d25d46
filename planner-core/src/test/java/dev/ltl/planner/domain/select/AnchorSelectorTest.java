package dev.ltl.planner.domain.select;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The §3.5 "Verified examples" and the selector edge rules. */
class AnchorSelectorTest {
    static final double[] S = {0.1, 0.9, 0.85, 0.2, 0.3, 0.7, 0.1, 0.05, 0.6, 0.2};

    private static SelectorSettings settings(SelectionMethod method, int k, int radius, double gap, int window) {
        return new SelectorSettings(method, k, radius, gap, window);
    }

    @Test
    void topkTakesTheTwoBestSeconds() {
        assertThat(AnchorSelector.select(S, settings(SelectionMethod.TOPK, 2, 1, 0.6, 3))).containsExactly(1, 2);
    }

    @Test
    void nmsWithRadiusTwoSkipsTheNeighbourOfTheTop() {
        assertThat(AnchorSelector.select(S, settings(SelectionMethod.NMS, 2, 2, 0.6, 3))).containsExactly(1, 5);
    }

    @Test
    void nmsStrongTakesTheFarAnchorOnlyWithinTheGap() {
        assertThat(AnchorSelector.select(S, settings(SelectionMethod.NMS_STRONG, 2, 2, 0.6, 3)))
                .containsExactly(1, 5);
        assertThat(AnchorSelector.select(S, settings(SelectionMethod.NMS_STRONG, 2, 2, 0.1, 3)))
                .containsExactly(1, 2);
    }

    @Test
    void adjacentTop2PrefersTheCloseNeighbour() {
        assertThat(AnchorSelector.select(S, settings(SelectionMethod.ADJACENT_TOP2, 2, 1, 0.1, 3)))
                .containsExactly(1, 2);
    }

    @Test
    void windowTopkRanksBySmoothedScores() {
        assertThat(AnchorSelector.select(S, settings(SelectionMethod.WINDOW_TOPK, 2, 2, 0.6, 3)))
                .containsExactly(2, 9);
    }

    @Test
    void nmsMayReturnFewerThanK() {
        double[] s = {0.1, 0.9, 0.8, 0.7};
        assertThat(AnchorSelector.select(s, settings(SelectionMethod.NMS, 3, 3, 0.6, 3))).containsExactly(1);
    }

    @Test
    void tiesGoToTheLowerIndex() {
        double[] s = {0.5, 0.9, 0.5, 0.9, 0.0};
        assertThat(AnchorSelector.select(s, settings(SelectionMethod.TOPK, 3, 1, 0.6, 3))).containsExactly(1, 3, 0);
    }

    @Test
    void positiveAndNegativeZeroTieAsInPython() {
        double[] s = {-0.0, 0.0, -1.0};
        assertThat(AnchorSelector.select(s, settings(SelectionMethod.TOPK, 2, 1, 0.6, 3))).containsExactly(0, 1);
    }

    @Test
    void kZeroSelectsNothingAndKOneSelectsTheTop() {
        for (SelectionMethod method : SelectionMethod.values()) {
            assertThat(AnchorSelector.select(S, settings(method, 0, 2, 0.6, 3))).as(method.name()).isEmpty();
        }
        assertThat(AnchorSelector.select(S, settings(SelectionMethod.NMS_STRONG, 1, 2, 0.6, 3))).containsExactly(1);
        assertThat(AnchorSelector.select(S, settings(SelectionMethod.ADJACENT_TOP2, 1, 1, 0.6, 3)))
                .containsExactly(1);
        assertThat(AnchorSelector.select(new double[] {0.3}, settings(SelectionMethod.NMS_STRONG, 2, 2, 0.6, 3)))
                .containsExactly(0);
    }

    @Test
    void nmsStrongFillsBeyondTwoWithNmsAndSortsByScore() {
        // top = 1 (0.9); runner-up 2 is adjacent, far candidate 5 trails by 0.2 > g = 0.1, so 2 is kept;
        // the third slot goes to the best second farther than r = 2 from {1, 2}: 5.
        assertThat(AnchorSelector.select(S, settings(SelectionMethod.NMS_STRONG, 3, 2, 0.1, 3)))
                .containsExactly(1, 2, 5);
        // With g = 0.6 the far 5 is the second anchor and the third is 8 (|8 - 5| = 3 > 2).
        assertThat(AnchorSelector.select(S, settings(SelectionMethod.NMS_STRONG, 3, 2, 0.6, 3)))
                .containsExactly(1, 5, 8);
    }

    @Test
    void adjacentTop2ForcesRadiusAtLeastOneAndFallsBackToTheRunnerUp() {
        // Radius 0 is treated as 1. The best neighbour of 5 is 4 (0.3); the gap 0.4 > 0.1 so the
        // runner-up of the whole vector is taken instead: order = 1, 2, 5 ... with top 1 → 2.
        double[] s = {0.1, 0.2, 0.1, 0.2, 0.3, 0.9, 0.1, 0.0, 0.85, 0.1};
        assertThat(AnchorSelector.select(s, settings(SelectionMethod.ADJACENT_TOP2, 2, 0, 0.1, 3)))
                .containsExactly(5, 8);
        assertThat(AnchorSelector.select(s, settings(SelectionMethod.ADJACENT_TOP2, 2, 0, 0.7, 3)))
                .containsExactly(5, 4);
    }

    @Test
    void adjacentNeighbourTiesWithinToleranceGoToTheLowerIndex() {
        double[] s = {0.0, 0.5, 0.9, 0.5 + 1e-13, 0.0};
        assertThat(AnchorSelector.select(s, settings(SelectionMethod.ADJACENT_TOP2, 2, 1, 0.6, 3)))
                .containsExactly(2, 1);
    }
}

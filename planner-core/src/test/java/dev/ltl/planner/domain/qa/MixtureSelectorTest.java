package dev.ltl.planner.domain.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The reliability-gated mixture selector on examples worked by hand from spec §2 (and re-checked
 * with a python3 transcription of the same steps).
 */
class MixtureSelectorTest {
    /** The §3.3 test vector of the AVE reference spec (its sep3 is 0.8627451). */
    static final double[] SCORES = {0.1, 0.9, 0.85, 0.2, 0.3, 0.7, 0.1, 0.05, 0.6, 0.2};

    @Test
    void peakedScoresSpendMostOfTheBudgetAroundAnchors() {
        // q̄ = 0.8627, α = 0.1686, n_back = round(0.674) = 1 → background uniform(10, 1) = [5].
        // NMS r=1 over (−score, index): 1 ✓, 2 ✗, 5 ✓, 8 ✓, 4 ✗, 3 ✓, rest ✗ → [1, 5, 8, 3].
        // Expansion 1, 0, 2, 3, … ; the first 3 unseen: 1, 0, 2.
        QaSelection selection = QaSelectors.mixture(SCORES, 4);
        assertThat(selection.backgroundSeconds()).containsExactly(5);
        assertThat(selection.anchors()).containsExactly(1, 5, 8, 3);
        assertThat(selection.anchorSeconds()).containsExactly(1, 0, 2);
        assertThat(selection.selectedSeconds()).containsExactly(0, 1, 2, 5);
        Reliability reliability = selection.reliability().orElseThrow();
        assertThat(reliability.qBar()).isCloseTo(0.8627450980392157, within(1e-15));
        assertThat(reliability.alpha()).isCloseTo(0.16862745098039214, within(1e-15));
        assertThat(reliability.metric()).isEqualTo("top3_bottom3_gap_norm");
    }

    @Test
    void aBudgetOfOneIsTheTopAnchorWhenTheBackgroundRoundsToZero() {
        // n_back = round(0.1686) = 0, so the single frame is the best second.
        QaSelection selection = QaSelectors.mixture(SCORES, 1);
        assertThat(selection.backgroundSeconds()).isEmpty();
        assertThat(selection.anchorSeconds()).containsExactly(1);
        assertThat(selection.selectedSeconds()).containsExactly(1);
    }

    @Test
    void constantScoresAreUnreliableSoTheBackgroundShareIsLargest() {
        // s01 all zeros → q̄ = 0, α = 0.6, n_back = round(1.8) = 2 → uniform(6, 2) = [0, 5].
        // All scores tie, so NMS walks by index: 0, 2, 4. Expansion 0, 1, 2, 3, 4, 5: first unseen is 1.
        QaSelection selection = QaSelectors.mixture(new double[] {0.3, 0.3, 0.3, 0.3, 0.3, 0.3}, 3);
        assertThat(selection.reliability().orElseThrow().qBar()).isZero();
        assertThat(selection.reliability().orElseThrow().alpha()).isEqualTo(0.6);
        assertThat(selection.backgroundSeconds()).containsExactly(0, 5);
        assertThat(selection.anchors()).containsExactly(0, 2, 4);
        assertThat(selection.anchorSeconds()).containsExactly(1);
        assertThat(selection.selectedSeconds()).containsExactly(0, 1, 5);
    }

    @Test
    void tiedPeaksBreakByIndexAndTheBackgroundRoundsHalfToEven() {
        // q̄ = 1 → α = 0.1; 0.1·5 = 0.5 rounds to 0 (half to even), so all 5 frames go to anchors.
        // Ties at 5.0 resolve by index: 3 ✓, 4 ✗, 5 ✓; then 0 ✓, 1 ✗, 2 ✗, 6 ✗, 7 ✓.
        QaSelection selection = QaSelectors.mixture(new double[] {0, 0, 0, 5, 5, 5, 0, 0}, 5);
        assertThat(selection.reliability().orElseThrow().alpha()).isEqualTo(0.1);
        assertThat(selection.backgroundSeconds()).isEmpty();
        assertThat(selection.anchors()).containsExactly(3, 5, 0, 7);
        assertThat(selection.anchorSeconds()).containsExactly(3, 2, 4, 1, 5);
        assertThat(selection.selectedSeconds()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aBudgetOfAtLeastTSelectsEverySecondAndStillRecordsTheSplit() {
        // s01 = [0.125, 1, 0, 0.375]: q̄ = 0.5 − 0.1667 = 0.3333, α = 0.4333, n_back = round(2.6) = 3
        // → uniform(4, 3) = [0, 2, 3] (1.5 → 2); anchors [1, 3]; only 1 is unseen.
        QaSelection selection = QaSelectors.mixture(new double[] {0.2, 0.9, 0.1, 0.4}, 6);
        assertThat(selection.selectedSeconds()).containsExactly(0, 1, 2, 3);
        assertThat(selection.backgroundSeconds()).containsExactly(0, 2, 3);
        assertThat(selection.anchors()).containsExactly(1, 3);
        assertThat(selection.anchorSeconds()).containsExactly(1);
        assertThat(selection.reliability().orElseThrow().alpha()).isCloseTo(0.43333333333333335, within(1e-15));
    }

    @Test
    void aZeroBudgetSelectsNothingButReportsTheScoresReliability() {
        QaSelection selection = QaSelectors.mixture(SCORES, 0);
        assertThat(selection.selectedSeconds()).isEmpty();
        assertThat(selection.anchors()).isEmpty();
        // [AMBIG] choice: the real q̄/α, not the reference's placeholders (0.0 / 0.3).
        assertThat(selection.reliability().orElseThrow().qBar()).isCloseTo(0.8627450980392157, within(1e-15));
    }

    @Test
    void expansionGoesOutwardFromEachAnchorInsideTheVideo() {
        assertThat(MixtureSelector.expand(java.util.List.of(1, 8), 10)).containsExactly(1, 0, 2, 3, 8, 7, 9, 6);
    }
}

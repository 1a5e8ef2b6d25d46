package dev.ltl.planner.domain.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * uniform, random and text_only on hand-checked examples. Expected values were also checked with
 * python3 against the spec's formulas: {@code int(round(i*(T-1)/(B-1)))} and
 * {@code sorted(random.Random(seed).sample(range(T), B))}.
 */
class QaSelectorsTest {

    @Test
    void uniformSpreadsRoundedPositionsOverTheVideo() {
        // i·9/3 = 0, 3, 6, 9
        assertThat(QaSelectors.uniform(10, 4)).containsExactly(0, 3, 6, 9);
        // i·119/15 rounded: the reference's 16 frames of a 120 s video
        assertThat(QaSelectors.uniform(120, 16))
                .containsExactly(0, 8, 16, 24, 32, 40, 48, 56, 63, 71, 79, 87, 95, 103, 111, 119);
    }

    @Test
    void uniformRoundsHalfToEvenLikePython() {
        // 1·9/2 = 4.5 → 4 (Python round), where half-up would give 5
        assertThat(QaSelectors.uniform(10, 3)).containsExactly(0, 4, 9);
    }

    @Test
    void uniformWithOneFrameTakesTheMiddleSecondByFloorDivision() {
        assertThat(QaSelectors.uniform(10, 1)).containsExactly(5);
        assertThat(QaSelectors.uniform(7, 1)).containsExactly(3);
        assertThat(QaSelectors.uniform(1, 1)).containsExactly(0);
    }

    @Test
    void uniformWithABudgetOfAtLeastTSelectsEverySecond() {
        assertThat(QaSelectors.uniform(5, 5)).containsExactly(0, 1, 2, 3, 4);
        assertThat(QaSelectors.uniform(5, 8)).containsExactly(0, 1, 2, 3, 4);
        assertThat(QaSelectors.uniformSelection(3, 16).selectedSeconds()).containsExactly(0, 1, 2);
    }

    @Test
    void uniformWithNothingToSelectIsEmpty() {
        assertThat(QaSelectors.uniform(5, 0)).isEmpty();
        assertThat(QaSelectors.uniform(0, 4)).isEmpty();
    }

    @Test
    void uniformSelectionCarriesNoMixtureRecord() {
        QaSelection selection = QaSelectors.uniformSelection(10, 4);
        assertThat(selection.reliability()).isEmpty();
        assertThat(selection.backgroundSeconds()).isEmpty();
        assertThat(selection.anchors()).isEmpty();
    }

    @Test
    void randomReplaysPythonsSampleSorted() {
        // python3: sorted(random.Random(0).sample(range(10), 3)) == [0, 6, 9]
        assertThat(QaSelectors.random(10, 3, 0).selectedSeconds()).containsExactly(0, 6, 9);
        // python3: sorted(random.Random(7).sample(range(120), 16))
        assertThat(QaSelectors.random(120, 16, 7).selectedSeconds())
                .containsExactly(4, 6, 7, 9, 12, 19, 27, 41, 46, 50, 64, 68, 74, 83, 105, 116);
    }

    @Test
    void randomWithABudgetOfAtLeastTSelectsEverySecondWithoutDrawing() {
        assertThat(QaSelectors.random(4, 4, 99).selectedSeconds()).containsExactly(0, 1, 2, 3);
        assertThat(QaSelectors.random(4, 9, 99).selectedSeconds()).containsExactly(0, 1, 2, 3);
        assertThat(QaSelectors.random(4, 0, 99).selectedSeconds()).isEmpty();
    }

    @Test
    void textOnlySelectsNothing() {
        assertThat(QaSelectors.textOnly().selectedSeconds()).isEmpty();
        assertThat(QaSelectors.textOnly().reliability()).isEmpty();
    }
}

package dev.ltl.planner.domain.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreSmoothingTest {

    @Test
    void meanIsTakenOverTheExistingElementsOnlyAtTheEdges() {
        double[] smoothed = ScoreSmoothing.centred(new double[] {3, 6, 9, 12}, 3, SmoothingMode.MEAN);
        assertThat(smoothed[0]).isCloseTo(4.5, within(1e-12)); // (3 + 6) / 2, no zero padding
        assertThat(smoothed[1]).isCloseTo(6.0, within(1e-12));
        assertThat(smoothed[3]).isCloseTo(10.5, within(1e-12));
    }

    @Test
    void sumModeAddsTheTruncatedWindow() {
        assertThat(ScoreSmoothing.centred(new double[] {1, 2, 3, 4, 5}, 5, SmoothingMode.SUM))
                .containsExactly(6, 10, 15, 14, 12);
    }

    @Test
    void evenWindowIsAnError() {
        assertThatThrownBy(() -> ScoreSmoothing.centred(new double[] {1, 2}, 2, SmoothingMode.MEAN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

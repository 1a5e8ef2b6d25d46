package dev.ltl.planner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreUtilsTest {

    @Test
    void minmaxScalesToTheUnitIntervalAndFlatInputGivesZeros() {
        assertThat(ScoreUtils.minmax01(new double[] {2, 4, 3})).containsExactly(0, 1, 0.5);
        assertThat(ScoreUtils.minmax01(new double[] {5, 5 + 1e-13})).containsExactly(0, 0);
        assertThat(ScoreUtils.minmax01(new double[0])).isEmpty();
    }

    @Test
    void padOrTruncateAndFusion() {
        assertThat(ScoreUtils.padOrTruncate(new double[] {1, 2, 3}, 2, 0)).containsExactly(1, 2);
        assertThat(ScoreUtils.padOrTruncate(new double[] {1}, 3, -1)).containsExactly(1, -1, -1);
        assertThat(ScoreUtils.fuseMax(new double[] {1, 5}, new double[] {3}, 3)).containsExactly(3, 5, 0);
        assertThat(ScoreUtils.fuseProd(new double[] {2, 5}, new double[] {3, 2}, 2)).containsExactly(6, 10);
        assertThat(ScoreUtils.scale(new double[] {1, 2}, 3.5)).containsExactly(3.5, 7);
    }

    @Test
    void shiftMovesLaterAndPadsWithTheMinimum() {
        assertThat(ScoreUtils.shiftScores(new double[] {1, 2, 3}, 1, null)).containsExactly(1, 1, 2);
        assertThat(ScoreUtils.shiftScores(new double[] {1, 2, 3}, -1, 0.0)).containsExactly(2, 3, 0);
    }

    @Test
    void bestShiftFindsTheLagAndPrefersSmallShiftsOnTies() {
        double[] a = {0, 1, 0, 0, 2, 0, 0, 1, 0, 0};
        double[] b = ScoreUtils.shiftScores(a, 1, 0.0); // b[t + 1] = a[t]
        assertThat(ScoreUtils.bestShiftByCorr(a, b, -2, 2)).isEqualTo(1);
        assertThat(ScoreUtils.bestShiftByCorr(new double[5], new double[5], -2, 2)).isZero();
    }

    @Test
    void pearsonIsZeroForADegenerateDenominator() {
        assertThat(ScoreUtils.pearson(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isZero();
        assertThat(ScoreUtils.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6})).isCloseTo(1, within(1e-12));
    }

    @Test
    void strideMaxPoolTakesTheMaxOfTheInterpolatedSecond() {
        double[] pooled = ScoreUtils.strideMaxPoolPerSecond(new double[] {0, 1, 0}, 0.2, 0.6);
        // Second 0 covers grid 0..4 (t = 0..0.8) plus one bin of max filter: reaches t = 1.0 → 1.
        assertThat(pooled[0]).isCloseTo(1.0, within(1e-12));
        assertThat(pooled[1]).isCloseTo(1.0, within(1e-12));
        // Second 2 is the last grid point (t = 2) plus the bin at t = 1.8 → 0.2.
        assertThat(pooled[2]).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void medianAveragesTheMiddlePair() {
        assertThat(ScoreUtils.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(ScoreUtils.median(new double[] {4, 1, 3})).isEqualTo(3);
    }
}

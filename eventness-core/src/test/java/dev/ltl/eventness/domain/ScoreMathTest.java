package dev.ltl.eventness.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScoreMathTest {

    @Test
    void minmaxMapsTheRangeOntoZeroOne() {
        assertThat(ScoreMath.minmax01(new double[] {2, 4, 3, 6})).containsExactly(0.0, 0.5, 0.25, 1.0);
    }

    @Test
    void aFlatVectorBecomesAllZeros() {
        assertThat(ScoreMath.minmax01(new double[] {-27.6, -27.6, -27.6})).containsExactly(0.0, 0.0, 0.0);
        // Spans at or below 1e-12 count as flat too.
        assertThat(ScoreMath.minmax01(new double[] {1.0, 1.0 + 1e-13})).containsExactly(0.0, 0.0);
        assertThat(ScoreMath.minmax01(new double[] {1.0, 1.0 + 1e-11})[1]).isCloseTo(1.0, within(1e-3));
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        assertThat(ScoreMath.minmax01(new double[0])).isEmpty();
    }

    @Test
    void padOrTruncateKeepsThePrefix() {
        assertThat(ScoreMath.padOrTruncate(new double[] {1, 2, 3}, 2, 0)).containsExactly(1.0, 2.0);
        assertThat(ScoreMath.padOrTruncate(new double[] {1, 2}, 4, -1)).containsExactly(1.0, 2.0, -1.0, -1.0);
    }

    @Test
    void fusionPadsWithZerosThenCombinesElementWise() {
        double[] a = {0.2, 0.9, 0.5};
        double[] b = {0.4, 0.1};
        assertThat(ScoreMath.fuseMax(a, b, 4)).containsExactly(0.4, 0.9, 0.5, 0.0);
        assertThat(ScoreMath.fuseProd(a, b, 3)).containsExactly(new double[] {0.08, 0.09, 0.0}, within(1e-15));
        assertThat(ScoreMath.scale(a, 3.5)).containsExactly(new double[] {0.7, 3.15, 1.75}, within(1e-15));
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> ScoreMath.minmax01(null)).hasMessageContaining("scores");
        assertThatThrownBy(() -> ScoreMath.minmax01(new double[] {1, Double.NaN})).hasMessageContaining("scores");
        assertThatThrownBy(() -> ScoreMath.padOrTruncate(new double[] {1}, -1, 0)).hasMessageContaining("n");
        assertThatThrownBy(() -> ScoreMath.fuseMax(null, new double[0], 1)).hasMessageContaining("a");
    }
}

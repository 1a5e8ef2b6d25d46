package dev.ltl.eval.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairedTTestTest {
    private static final double TOL = 1e-12;

    // Expected values: python3 -c "from scipy.stats import ttest_rel;
    //   print(ttest_rel([0.71,0.73,0.72],[0.70,0.71,0.715]))"
    @Test
    void threeSeedsMatchScipy() {
        TTestResult r = PairedTTest.test(new double[] {0.71, 0.73, 0.72}, new double[] {0.70, 0.71, 0.715});
        assertThat(r.t()).isCloseTo(2.6457513110645903, within(1e-9));
        assertThat(r.p()).isCloseTo(0.11808289631180315, within(1e-9));
    }

    // ttest_rel([0.5,0.6,0.55,0.58,0.61],[0.52,0.57,0.56,0.50,0.60])
    @Test
    void fiveSeedsMatchScipy() {
        TTestResult r = PairedTTest.test(new double[] {0.5, 0.6, 0.55, 0.58, 0.61},
                new double[] {0.52, 0.57, 0.56, 0.50, 0.60});
        assertThat(r.t()).isCloseTo(1.0157987663695804, within(1e-9));
        assertThat(r.p()).isCloseTo(0.3671716253773453, within(1e-9));
    }

    // ttest_rel([0.3,0.2],[0.1,0.25])
    @Test
    void twoSeedsMatchScipy() {
        TTestResult r = PairedTTest.test(new double[] {0.3, 0.2}, new double[] {0.1, 0.25});
        assertThat(r.t()).isCloseTo(0.6000000000000001, within(1e-9));
        assertThat(r.p()).isCloseTo(0.6559582607547387, within(1e-9));
    }

    // ttest_rel([0.712,0.705,0.698,0.721,0.709,0.715,0.701,0.719,0.707,0.713],
    //           [0.700,0.702,0.699,0.705,0.703,0.701,0.698,0.707,0.700,0.704])
    @Test
    void tenSeedsMatchScipy() {
        TTestResult r = PairedTTest.test(
                new double[] {0.712, 0.705, 0.698, 0.721, 0.709, 0.715, 0.701, 0.719, 0.707, 0.713},
                new double[] {0.700, 0.702, 0.699, 0.705, 0.703, 0.701, 0.698, 0.707, 0.700, 0.704});
        assertThat(r.t()).isCloseTo(4.686092667130969, within(1e-9));
        assertThat(r.p()).isCloseTo(0.0011423436755346227, within(1e-9));
    }

    @Test
    void swappingTheOrderNegatesTAndKeepsP() {
        double[] y = {0.71, 0.73, 0.72};
        double[] x = {0.70, 0.71, 0.715};
        TTestResult forward = PairedTTest.test(y, x);
        TTestResult backward = PairedTTest.test(x, y);
        assertThat(backward.t()).isCloseTo(-forward.t(), within(TOL));
        assertThat(backward.p()).isCloseTo(forward.p(), within(TOL));
    }

    @Test
    void identicalRunsGiveTZeroAndPOne() {
        TTestResult r = PairedTTest.test(new double[] {0.7, 0.71, 0.72}, new double[] {0.7, 0.71, 0.72});
        assertThat(r).isEqualTo(new TTestResult(0.0, 1.0));
    }

    @Test
    void constantPositiveDifferenceGivesInfiniteTAndPZero() {
        TTestResult r = PairedTTest.test(new double[] {0.75, 0.5}, new double[] {0.5, 0.25});
        assertThat(r).isEqualTo(new TTestResult(Double.POSITIVE_INFINITY, 0.0));
        TTestResult negative = PairedTTest.test(new double[] {0.5, 0.25}, new double[] {0.75, 0.5});
        assertThat(negative).isEqualTo(new TTestResult(Double.NEGATIVE_INFINITY, 0.0));
    }

    @Test
    void fewerThanTwoSeedsGiveNull() {
        assertThat(PairedTTest.test(new double[] {0.7}, new double[] {0.6})).isNull();
        assertThat(PairedTTest.test(new double[0], new double[0])).isNull();
    }

    @Test
    void mismatchedLengthsAreRejected() {
        assertThatThrownBy(() -> PairedTTest.test(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

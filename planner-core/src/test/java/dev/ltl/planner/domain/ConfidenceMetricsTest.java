package dev.ltl.planner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfidenceMetricsTest {
    /** The §3.3 test vector. */
    static final double[] S = {0.1, 0.9, 0.85, 0.2, 0.3, 0.7, 0.1, 0.05, 0.6, 0.2};

    @Test
    void reproducesTheReferenceTestVector() {
        assertThat(ConfidenceMetrics.compute("std", S)).isCloseTo(0.3122499, within(1e-6));
        assertThat(ConfidenceMetrics.compute("std_norm", S)).isCloseTo(0.3673528, within(1e-6));
        assertThat(ConfidenceMetrics.compute("top1_med", S)).isCloseTo(0.65, within(1e-6));
        assertThat(ConfidenceMetrics.compute("top1_med_norm", S)).isCloseTo(0.7647059, within(1e-6));
        assertThat(ConfidenceMetrics.compute("top12_gap", S)).isCloseTo(0.05, within(1e-6));
        assertThat(ConfidenceMetrics.compute("top12_gap_norm", S)).isCloseTo(0.0588235, within(1e-6));
        assertThat(ConfidenceMetrics.compute("top3_bottom3_gap_norm", S)).isCloseTo(0.8627451, within(1e-6));
        assertThat(ConfidenceMetrics.compute("gini", S)).isCloseTo(0.4914286, within(1e-6));
    }

    @Test
    void top1MedianIsComputedInFloat32() {
        // 0.9f − 0.25f is 0.64999998 in float32, not 0.65.
        assertThat(ConfidenceMetrics.compute("top1_med", S)).isEqualTo((double) (0.9f - 0.25f));
        assertThat(ConfidenceMetrics.compute("top1_med", S)).isNotEqualTo(0.65);
    }

    @Test
    void stdIsAFloat32Value() {
        double std = ConfidenceMetrics.compute("std", S);
        assertThat((double) (float) std).isEqualTo(std);
    }

    @Test
    void matchesNumpyBitForBitOnALongVector() {
        // 150 values exercise numpy's pairwise summation (8-way blocks, recursion above 128).
        // Expected values printed by numpy 2.4: np.std(f32), f32 max − np.median, and the gini formula
        // with Σz over the unsorted z (a sequential sum would give 0.336143837300257).
        double[] x = new double[150];
        for (int i = 0; i < x.length; i++) {
            x[i] = ((i * 37) % 23) / 7.0 + 0.001 * i;
        }
        assertThat(ConfidenceMetrics.compute("std", x)).isEqualTo(0.9511398673057556);
        assertThat(ConfidenceMetrics.compute("top1_med", x)).isEqualTo(1.6379286050796509);
        assertThat(ConfidenceMetrics.compute("gini", x)).isEqualTo(0.3361438373002572);
    }

    @Test
    void namesListsAllEightMetrics() {
        assertThat(ConfidenceMetrics.names()).containsExactly("std", "std_norm", "top1_med", "top1_med_norm",
                "top12_gap", "top12_gap_norm", "top3_bottom3_gap_norm", "gini");
    }

    @Test
    void constantScoresGiveZeroForEveryMetric() {
        double[] flat = {0.4, 0.4, 0.4, 0.4};
        for (String name : ConfidenceMetrics.names()) {
            assertThat(ConfidenceMetrics.compute(name, flat)).as(name).isZero();
        }
    }

    @Test
    void singleSecondIsHandled() {
        double[] one = {0.7};
        assertThat(ConfidenceMetrics.compute("top12_gap", one)).isZero();
        assertThat(ConfidenceMetrics.compute("top3_bottom3_gap_norm", one)).isZero();
        assertThat(ConfidenceMetrics.compute("gini", one)).isZero();
        assertThat(ConfidenceMetrics.compute("std", one)).isZero();
    }

    @Test
    void giniPeaksAtOneMinusOneOverN() {
        double[] spike = {0, 0, 0, 0, 0, 0, 0, 0, 0, 5};
        assertThat(ConfidenceMetrics.compute("gini", spike)).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void giniIsScaleAndShiftInvariant() {
        double[] scaled = new double[S.length];
        for (int i = 0; i < S.length; i++) {
            scaled[i] = 3 * S[i] - 7;
        }
        assertThat(ConfidenceMetrics.compute("gini", scaled))
                .isCloseTo(ConfidenceMetrics.compute("gini", S), within(1e-12));
    }

    @Test
    void unknownMetricIsRejected() {
        assertThatThrownBy(() -> ConfidenceMetrics.compute("gap", S))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gap");
    }
}

package dev.ltl.eval.train.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EvalMetricsTest {

    // clip 0: 3/4 correct, events at t=1,2 -> 1 of 2 right
    // clip 1: 3/4 correct, no event seconds -> null
    // clip 2: 2/4 correct, events at t=0,1 -> 1 of 2 right
    private static final int[][] LABELS = {{0, 1, 1, 0}, {0, 0, 0, 0}, {2, 2, 0, 0}};
    private static final int[][] PREDICTED = {{0, 1, 0, 0}, {0, 1, 0, 0}, {2, 0, 0, 1}};

    @Test
    void accuracyCountsEverySecondBackgroundIncluded() {
        EvalMetrics metrics = EvalMetrics.compute(PREDICTED, LABELS);
        assertThat(metrics.valAcc()).isCloseTo(8.0 / 12.0, within(1e-12));
    }

    @Test
    void eventAccuracyCountsOnlyLabelledEventSeconds() {
        EvalMetrics metrics = EvalMetrics.compute(PREDICTED, LABELS);
        assertThat(metrics.valAccEvent()).isCloseTo(2.0 / 4.0, within(1e-12));
    }

    @Test
    void perClipAccuraciesWithNullForClipsWithoutEvents() {
        EvalMetrics metrics = EvalMetrics.compute(PREDICTED, LABELS);
        assertThat(metrics.valAccBySample()).containsExactly(0.75f, 0.75f, 0.5f);
        assertThat(metrics.valAccEventBySample()).containsExactly(0.5f, null, 0.5f);
    }

    @Test
    void eventAccuracyIsNullWhenNoClipHasEvents() {
        EvalMetrics metrics = EvalMetrics.compute(new int[][] {{0, 3}}, new int[][] {{0, 0}});
        assertThat(metrics.valAcc()).isEqualTo(0.5);
        assertThat(metrics.valAccEvent()).isNull();
        assertThat(metrics.valAccEventBySample()).containsExactly((Float) null);
    }

    @Test
    void backgroundPredictedOnAnEventSecondIsWrong() {
        EvalMetrics metrics = EvalMetrics.compute(new int[][] {{0}}, new int[][] {{5}});
        assertThat(metrics.valAcc()).isZero();
        assertThat(metrics.valAccEvent()).isZero();
    }

    @Test
    void shapeMismatchIsRejected() {
        assertThatThrownBy(() -> EvalMetrics.compute(new int[][] {{0, 1}}, new int[][] {{0}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EvalMetrics.compute(new int[][] {{0}}, new int[][] {{0}, {1}}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

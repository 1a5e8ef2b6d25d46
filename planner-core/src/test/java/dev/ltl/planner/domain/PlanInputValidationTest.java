package dev.ltl.planner.domain;

import static dev.ltl.planner.domain.Plans.PLANNER;
import static dev.ltl.planner.domain.Plans.S;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlanInputValidationTest {

    private static void rejects(PlanInput input, String field) {
        assertThatThrownBy(() -> PLANNER.plan(input))
                .isInstanceOf(InvalidInputException.class)
                .isInstanceOf(PlanningException.class)
                .extracting(e -> ((PlanningException) e).field()).isEqualTo(field);
    }

    @Test
    void scoresMustBePresentNonEmptyAndFinite() {
        rejects(PlanInput.anchored(null, null), "scores");
        rejects(PlanInput.anchored(new double[0], null), "scores");
        rejects(PlanInput.anchored(new double[] {0.1, Double.NaN}, null), "scores");
        rejects(PlanInput.anchored(new double[] {Double.POSITIVE_INFINITY}, null), "scores");
    }

    @Test
    void visualScoresMustMatchTheClipLength() {
        rejects(new PlanInput(S, null, Baseline.ANCHORED, null, null, null, new double[] {1, 2}), "visual_scores");
        double[] bad = S.clone();
        bad[3] = Double.NaN;
        rejects(new PlanInput(S, null, Baseline.ANCHORED, null, null, null, bad), "visual_scores");
    }

    @Test
    void nullConfigAndBaselineMeanDefaultsAndAnchored() {
        PlanInput input = new PlanInput(S, null, null, null, null, null, null);
        assertThat(input.config()).isEqualTo(PlannerConfig.defaults());
        assertThat(input.baseline()).isEqualTo(Baseline.ANCHORED);
    }

    @Test
    void emptyOptionalArraysCountAsAbsent() {
        PlanInput input = new PlanInput(S, null, Baseline.RANDOM, new int[0], 0L, new int[0], new double[0]);
        assertThat(input.oracleLabels()).isNull();
        assertThat(input.randomAnchors()).isNull();
        assertThat(input.visualScores()).isNull();
        assertThat(PLANNER.plan(input).anchors()).containsExactly(6, 9);
    }

    @Test
    void inputsAreDefensivelyCopied() {
        double[] scores = S.clone();
        PlanInput input = PlanInput.anchored(scores, null);
        scores[0] = 99;
        assertThat(input.scores()[0]).isEqualTo(0.1);
        assertThat(input).isEqualTo(PlanInput.anchored(S, null));
    }
}

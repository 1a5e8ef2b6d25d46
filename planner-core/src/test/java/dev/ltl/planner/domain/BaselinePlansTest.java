package dev.ltl.planner.domain;

import static dev.ltl.planner.domain.Plans.PLANNER;
import static dev.ltl.planner.domain.Plans.S;
import static dev.ltl.planner.domain.Plans.config;
import static dev.ltl.planner.domain.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The §4.1 baselines. */
class BaselinePlansTest {
    private final PlannerConfig triad160 = config("low_res", 160, "high_res", 352);

    private static PlanResult random(PlannerConfig cfg, Long seed, int[] anchors) {
        return PLANNER.plan(new PlanInput(S, cfg, Baseline.RANDOM, null, seed, anchors, null));
    }

    private static PlanResult oracle(PlannerConfig cfg, int[] labels) {
        return PLANNER.plan(new PlanInput(S, cfg, Baseline.ORACLE, labels, null, null, null));
    }

    @Test
    void uniformIsAllBaseAndUniformLowIsAllLow() {
        PlanResult uniform = PLANNER.plan(PlanInput.of(S, triad160, Baseline.UNIFORM));
        assertThat(uniform.resolutions()).containsOnly(224);
        assertThat(uniform.totalTokens()).isEqualTo(1960).isEqualTo(uniform.budget());
        assertThat(uniform.anchors()).isEmpty();
        PlanResult low = PLANNER.plan(PlanInput.of(S, triad160, Baseline.UNIFORM_LOW));
        assertThat(low.resolutions()).containsOnly(160);
        assertThat(low.totalTokens()).isEqualTo(1000);
        assertThat(low.budget()).isEqualTo(1960);
    }

    @Test
    void uniformIgnoresAnInfeasibleTriad() {
        PlannerConfig cfg = config("low_res", 112, "base_res", 160, "high_res", 224);
        assertThat(PLANNER.plan(PlanInput.of(S, cfg, Baseline.UNIFORM)).resolutions()).containsOnly(160);
    }

    @Test
    void randomDrawsLikePythonAndPlansWithDrawOrder() {
        PlanResult result = random(triad160, 0L, null);
        assertThat(result.anchors()).containsExactly(6, 9);
        assertThat(result.resolutions()).containsExactly(plan("160 160 160 160 160 224 352 224 160 352"));
        assertThat(result.fallbackUsed()).isFalse();
    }

    @Test
    void firstDrawnAnchorGetsHighWhenMIsOne() {
        PlanResult result = random(triad160.with("max_high_anchors", 1), 0L, null);
        assertThat(result.resolutions()).containsExactly(plan("160 160 160 224 224 224 352 224 224 224"));
    }

    @Test
    void randomIgnoresGateAndHighPolicyAndTurnsScoreIntoDistance() {
        PlannerConfig cfg = triad160.with(java.util.Map.of("anchor_std_threshold", 5.0,
                "anchor_high_policy", "adaptive_v1", "anchor_base_alloc", "score"));
        PlanResult result = random(cfg, null, new int[] {6, 7});
        assertThat(result.fallbackUsed()).isFalse();
        // adjacent anchors would be demoted by adaptive_v1; fixed policy keeps two highs.
        assertThat(result.maxHighAnchors()).isNull();
        assertThat(result.resolutions()).containsExactly(plan("160 160 160 160 160 224 352 352 224 160"));
    }

    @Test
    void explicitRandomAnchorsReplaceTheSeed() {
        assertThat(random(triad160, 0L, new int[] {2, 1}).anchors()).containsExactly(2, 1);
        assertThat(random(triad160, 1L, null).anchors()).containsExactly(2, 1);
    }

    @Test
    void randomNeedsASeedOrAnchors() {
        assertThatThrownBy(() -> random(triad160, null, null))
                .isInstanceOf(MissingInputException.class)
                .extracting(e -> ((MissingInputException) e).field()).isEqualTo("seed");
    }

    @Test
    void badExplicitRandomAnchorsAreRejected() {
        for (int[] bad : new int[][] {{10}, {-1}, {3, 3}, {1, 2, 3}}) {
            assertThatThrownBy(() -> random(triad160, null, bad))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("random_anchors");
        }
    }

    @Test
    void oracleTakesTheFirstEventSecondsInTimeOrder() {
        int[] labels = {0, 0, 3, 3, 3, 3, 0, 0, 0, 0};
        PlanResult result = oracle(triad160.with("anchor_high_policy", "adaptive_v1"), labels);
        assertThat(result.anchors()).containsExactly(2, 3);
        assertThat(result.resolutions()).containsExactly(plan("160 224 352 352 224 160 160 160 160 160"));
    }

    @Test
    void oracleWithoutEventsIsUniform() {
        PlanResult result = oracle(triad160, new int[10]);
        assertThat(result.anchors()).isEmpty();
        assertThat(result.resolutions()).containsOnly(224);
    }

    @Test
    void oracleNeedsLabelsOfTheClipLength() {
        assertThatThrownBy(() -> oracle(triad160, null))
                .isInstanceOf(MissingInputException.class)
                .extracting(e -> ((MissingInputException) e).field()).isEqualTo("oracle_segments");
        assertThatThrownBy(() -> oracle(triad160, new int[] {1, 0}))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("oracle_segments");
    }
}

package dev.ltl.planner.domain.epic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.planner.domain.InvalidInputException;
import dev.ltl.planner.domain.MissingInputException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Hand-checked plans of spec §6 and the request validation. */
class EpicPlannerTest {
    private final EpicPlanner planner = new EpicPlanner();

    @Test
    void oneAnchorGetsHighItsNearestNeighboursBaseAndTheRestLow() {
        EpicPlan plan = planner.plan(request(EpicMethod.ORACLE, 20, 10, null, 10));
        assertThat(plan.selectedSeconds()).containsExactly(0, 1, 2, 5, 8, 9, 10, 11, 12, 15);
        assertThat(plan.resolutions()).containsExactly(224, 112, 112, 112, 224, 224, 448, 224, 224, 112);
        assertThat(plan.totalTokens()).isEqualTo(784 + 5 * 196 + 4 * 49).isEqualTo(plan.budgetTokens());
    }

    @Test
    void anchorsAtBothEndsTakeTheWholeBudgetAsTwoHighSeconds() {
        EpicPlan plan = planner.plan(request(EpicMethod.ORACLE, 12, 10, null, 0, 11));
        assertThat(plan.selectedSeconds()).containsExactly(0, 1, 2, 3, 4, 5, 6, 9, 10, 11);
        assertThat(plan.resolutions()).containsExactly(448, 112, 112, 112, 112, 112, 112, 112, 112, 448);
        assertThat(plan.totalTokens()).isEqualTo(1960);
    }

    @Test
    void audioAnchoredGivesHighResToTheEarliestPlacedAnchorsNotTheBestScored() {
        // [QUIRK] top-10 energy anchors are [30, 3, 4, 31, 17, 0, 1, 2, 5, 6] (ties at 0.1 fill up the
        // ten); the plan ranks anchors by their position in the priority list, so 0, 1, 2 go high.
        double[] scores = new double[40];
        Arrays.fill(scores, 0.1);
        scores[3] = 5;
        scores[4] = 4;
        scores[30] = 6;
        scores[31] = 3;
        scores[17] = 2;
        EpicPlan plan = planner.plan(new EpicSelectionRequest(EpicMethod.AUDIO_ANCHORED, 0, 15, 0, "", scores, null));
        assertThat(plan.anchors()).containsExactly(30, 3, 4, 31, 17, 0, 1, 2, 5, 6);
        assertThat(plan.selectedSeconds()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 15, 16, 17, 18, 19, 28);
        assertThat(plan.resolutions()).containsExactly(448, 448, 448, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112,
                112, 112);
        assertThat(plan.totalTokens()).isEqualTo(15 * 196);
    }

    @Test
    void noAnchorsMeansEverySecondAtBase() {
        EpicPlan plan = planner.plan(request(EpicMethod.ORACLE, 12, 4, null));
        assertThat(plan.selectedSeconds()).containsExactly(0, 1, 5, 10);
        assertThat(plan.resolutions()).containsOnly(224);
    }

    @Test
    void aVideoShorterThanTheBudgetIsSeenWhole() {
        for (EpicMethod method : EpicMethod.values()) {
            EpicPlan plan = planner.plan(new EpicSelectionRequest(method, 7, 10, 3, "v", new double[] {1, 2, 3, 9, 3, 2, 1},
                    new int[] {3}));
            assertThat(plan.selectedSeconds()).as(method.name()).containsExactly(0, 1, 2, 3, 4, 5, 6);
            assertThat(plan.totalTokens()).as(method.name()).isEqualTo(7 * 196).isLessThan(plan.budgetTokens());
        }
    }

    @Test
    void randomSeedsFromTheVideoIdWhenGiven() {
        EpicPlan plan = planner.plan(new EpicSelectionRequest(EpicMethod.RANDOM, 30, 8, 0, "vid7", null, null));
        assertThat(plan.selectedSeconds()).containsExactly(1, 2, 15, 16, 17, 20, 22, 24);
        assertThat(plan.seedUsed()).isEqualTo(EpicSeeds.videoSeed("vid7"));
        assertThat(plan.resolutions()).containsOnly(224);
    }

    @Test
    void oracleDropsCentresPastTheEndAndKeepsTenAnchors() {
        assertThat(EpicPlanner.oracleAnchors(new int[] {50, 3, 3, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11}, 20))
                .containsExactly(3, 1, 2, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void rejectsBadRequestsNamingTheField() {
        assertThatThrownBy(() -> planner.plan(request(EpicMethod.UNIFORM, 10, 0, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("max_steps");
        assertThatThrownBy(() -> planner.plan(request(EpicMethod.UNIFORM, 0, 5, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("num_seconds");
        assertThatThrownBy(() -> planner.plan(request(EpicMethod.ORACLE, 10, 5, null, -1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("oracle_anchor_seconds");
        assertThatThrownBy(() -> planner.plan(request(EpicMethod.AUDIO_ANCHORED, 10, 5, null)))
                .isInstanceOf(MissingInputException.class).hasMessageContaining("audio_scores");
        assertThatThrownBy(() -> planner.plan(request(EpicMethod.AUDIO_ANCHORED, 10, 5, new double[] {1, 2})))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("audio_scores");
        assertThatThrownBy(() -> planner.plan(request(EpicMethod.AUDIO_ANCHORED, 0, 5, new double[] {1, Double.NaN})))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> EpicMethod.fromWire("epic_bogus")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void methodNamesRoundTrip() {
        assertThat(EpicMethod.fromName("audio_anchored")).isEqualTo(EpicMethod.AUDIO_ANCHORED);
        assertThat(EpicMethod.fromName("epic_oracle")).isEqualTo(EpicMethod.ORACLE);
        assertThat(EpicMethod.RANDOM.shortName()).isEqualTo("random");
        assertThat(EpicMethod.isEpic("uniform")).isFalse();
    }

    private static EpicSelectionRequest request(EpicMethod method, int dur, int maxSteps, double[] scores, int... anchors) {
        return new EpicSelectionRequest(method, dur, maxSteps, 0, "", scores, anchors);
    }
}

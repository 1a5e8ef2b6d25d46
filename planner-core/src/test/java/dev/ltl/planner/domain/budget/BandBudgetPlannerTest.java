package dev.ltl.planner.domain.budget;

import static dev.ltl.planner.domain.budget.PlanStrings.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.planner.domain.InfeasiblePlanException;
import dev.ltl.planner.domain.alloc.BaseAllocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The band-mode plans of reference §3.8.6 and the §3.8.5 feasibility example. */
class BandBudgetPlannerTest {
    private static final double[] INDEX_SCORES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

    private static PlanRequest request(List<Integer> anchors, String alloc, int low, int base, int high,
                                       Integer maxHigh, List<Integer> extras, double epsilon) {
        return new PlanRequest(10, anchors, INDEX_SCORES, BaseAllocation.parse(alloc).orElseThrow(),
                low, base, high, maxHigh, 16, extras, epsilon);
    }

    private static int[] band(List<Integer> anchors, String alloc, int low, int base, int high,
                              List<Integer> extras, double epsilon) {
        return BandBudgetPlanner.plan(request(anchors, alloc, low, base, high, null, extras, epsilon));
    }

    @Test
    void defaultTriadWithExtra112() {
        int[] resolutions = band(List.of(3, 7), "distance", 160, 224, 352, List.of(112), 0.01);
        assertThat(resolutions).containsExactly(plan("112 160 224 352 224 160 224 352 160 112"));
        assertThat(TokenCost.total(resolutions, 16)).isEqualTo(1954);
    }

    @Test
    void midresTriadWithDistanceAllocation() {
        int[] resolutions = band(List.of(3, 7), "distance", 160, 224, 320, List.of(192, 208), 0.01);
        assertThat(resolutions).containsExactly(plan("160 160 224 320 224 160 224 320 208 160"));
        assertThat(TokenCost.total(resolutions, 16)).isEqualTo(1957);
    }

    @Test
    void midresTriadWithBridgeAllocation() {
        int[] resolutions = band(List.of(3, 7), "bridge", 160, 224, 320, List.of(192, 208), 0.01);
        assertThat(resolutions).containsExactly(plan("160 160 208 320 224 224 224 320 160 160"));
        assertThat(TokenCost.total(resolutions, 16)).isEqualTo(1957);
    }

    @Test
    void narrowBandWithoutExtrasIsInfeasibleAndIsNotRetriedWithFewerHighs() {
        assertThatThrownBy(() -> band(List.of(3, 7), "distance", 112, 160, 224, List.of(), 0.01))
                .isInstanceOf(InfeasiblePlanException.class)
                .hasMessageContaining("no feasible plan in budget band")
                .extracting(e -> ((InfeasiblePlanException) e).key()).isEqualTo("budget_epsilon_frac");
    }

    @Test
    void widerBandMakesTheSameTriadFeasible() {
        int[] resolutions = band(List.of(3, 7), "distance", 112, 160, 224, List.of(), 0.05);
        long total = TokenCost.total(resolutions, 16);
        assertThat(total).isBetween(950L, 1000L);
        // Two highs (2 × 196) plus four of the eight others at 160 (the nearest): 392 + 4·100 + 4·49.
        assertThat(resolutions).containsExactly(plan("112 112 160 224 160 112 160 224 160 112"));
        assertThat(total).isEqualTo(988);
    }

    @Test
    void noAnchorsAndNoExtraAboveBaseGiveUniform() {
        assertThat(band(List.of(), "distance", 160, 224, 352, List.of(112), 0.01))
                .containsExactly(plan("224 224 224 224 224 224 224 224 224 224"));
    }

    @Test
    void optionsDropTheHighResolutionButKeepBase() {
        PlanRequest request = request(List.of(3), "distance", 112, 160, 224, null, List.of(224, 352, 160), 0.05);
        // [QUIRK] 352 > base stays an option; 224 (= high) is removed.
        assertThat(BandBudgetPlanner.options(request)).containsExactly(112, 160, 352);
        PlanRequest baseIsHigh = request(List.of(3), "distance", 112, 224, 224, null, List.of(), 0.05);
        assertThat(BandBudgetPlanner.options(baseIsHigh)).containsExactly(112, 224);
    }

    @Test
    void highCountDropsWhileEvenTheCheapestRestOverspends() {
        // 112/160/448: two highs cost 1568 > T = 1000, one high + nine 112 = 1225 > 1000 too: zero highs.
        int[] resolutions = band(List.of(3, 7), "distance", 112, 160, 448, List.of(), 0.01);
        assertThat(resolutions).containsExactly(plan("160 160 160 160 160 160 160 160 160 160"));
    }

    @Test
    void allHighWhenNothingElseRemains() {
        PlanRequest request = new PlanRequest(2, List.of(0, 1), new double[] {1, 0},
                BaseAllocation.DISTANCE, 112, 224, 224, null, 16, List.of(), 0.01);
        assertThat(BandBudgetPlanner.plan(request)).containsExactly(224, 224);
    }

    @Test
    void balancedBandOrderFillsByIndexAfterTheFirstNeighbours() {
        // Order: 2 and 6 (left of 3 and 7), 4 and 8 (right), then 0, 1, 5, 9 by index.
        int[] resolutions = band(List.of(3, 7), "balanced", 160, 224, 352, List.of(112), 0.01);
        assertThat(resolutions).containsExactly(plan("160 160 224 352 224 112 224 352 160 112"));
    }

    @Test
    void mixedBandOrderEqualsDistance() {
        assertThat(band(List.of(3, 7), "mixed", 160, 224, 320, List.of(192, 208), 0.01))
                .containsExactly(band(List.of(3, 7), "distance", 160, 224, 320, List.of(192, 208), 0.01));
    }
}

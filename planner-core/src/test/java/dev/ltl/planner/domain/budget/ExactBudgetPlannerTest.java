package dev.ltl.planner.domain.budget;

import static dev.ltl.planner.domain.budget.PlanStrings.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.planner.domain.InfeasiblePlanException;
import dev.ltl.planner.domain.alloc.BaseAllocation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every exact-mode plan listed in reference §3.8.6, plus the §3.8.3 feasibility rules. */
class ExactBudgetPlannerTest {
    private static final double[] INDEX_SCORES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

    private static int[] exact(List<Integer> anchors, String alloc, int low, int base, int high, Integer maxHigh) {
        PlanRequest request = new PlanRequest(10, anchors, INDEX_SCORES, BaseAllocation.parse(alloc).orElseThrow(),
                low, base, high, maxHigh, 16, List.of(), 0.01);
        return ExactBudgetPlanner.plan(request);
    }

    @Test
    void adjacentAnchorsGetTwoHighAndTwoBase() {
        assertThat(exact(List.of(3, 4), "distance", 160, 224, 352, null))
                .containsExactly(plan("160 160 224 352 352 224 160 160 160 160"));
    }

    @Test
    void demotedAnchorStaysABaseCentreAtDistanceZero() {
        assertThat(exact(List.of(3, 7), "distance", 160, 224, 352, 1))
                .containsExactly(plan("160 224 224 352 224 160 224 224 224 160"));
    }

    @Test
    void distanceHighUsesOnlyTheHighSecondAsCentre() {
        assertThat(exact(List.of(3, 7), "distance_high", 160, 224, 352, 1))
                .containsExactly(plan("224 224 224 352 224 224 224 160 160 160"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "balanced, 160 160 224 352 160 160 224 352 160 160",
        "mixed,    224 160 224 352 160 160 160 352 160 160",
        "farthest, 224 224 160 352 160 160 160 352 160 160",
        "bridge,   160 160 160 352 224 224 160 352 160 160",
        // "… 224 at 8 and 9": with s = index value the two highest-scoring non-high seconds are 9 and 8.
        "score,    160 160 160 352 160 160 160 352 224 224",
    })
    void twoHighAllocations(String alloc, String expected) {
        assertThat(exact(List.of(3, 7), alloc, 160, 224, 352, null)).containsExactly(plan(expected));
    }

    @Test
    void balancedCanMakeTheDemotedAnchorLow() {
        assertThat(exact(List.of(3, 7), "balanced", 160, 224, 352, 1))
                .containsExactly(plan("160 224 224 352 224 224 224 160 224 160"));
    }

    @Test
    void extremeTriadSpendsEverythingOnTwoHighSeconds() {
        assertThat(exact(List.of(3, 7), "distance", 112, 224, 448, null))
                .containsExactly(plan("112 112 112 448 112 112 112 448 112 112"));
        assertThat(exact(List.of(3, 7), "distance", 112, 224, 448, 1))
                .containsExactly(plan("112 112 224 448 224 112 224 224 224 112"));
    }

    @Test
    void noAnchorsGiveTheUniformPlan() {
        assertThat(exact(List.of(), "distance", 160, 224, 352, null))
                .containsExactly(plan("224 224 224 224 224 224 224 224 224 224"));
    }

    @Test
    void mixedTakesAtLeastOneNearSecond() {
        // M = 1 at 112/224/448 leaves num_base = 5: near = max(1, ⌊5/2⌋) = 2 seconds by distance
        // (7 at distance 0, then 2), then the farthest seconds not yet taken: 0 (3), 1 and 5 (2).
        assertThat(exact(List.of(3, 7), "mixed", 112, 224, 448, 1))
                .containsExactly(plan("224 224 224 448 112 224 112 224 112 112"));
        // Triad 16/48/80 (ρ = 3) with three highs leaves num_base = 1, so ⌊1/2⌋ = 0 near seconds;
        // at least one near second is still taken (1), not the farthest one (0).
        assertThat(exact(List.of(2, 5, 8), "mixed", 16, 48, 80, null))
                .containsExactly(plan("16 48 80 16 16 80 16 16 80 16"));
    }

    @Test
    void bridgeBetweenSecondsAreCappedAtNumBase() {
        // Between 1 and 8 (mid 4.5) are 4, 5, 3, 6, 2, 7 in that order; num_base = 2 keeps 4 and 5.
        assertThat(exact(List.of(1, 8), "bridge", 160, 224, 352, null))
                .containsExactly(plan("160 352 160 160 224 224 160 160 352 160"));
    }

    @Test
    void highCountIsLimitedByTheBudget() {
        // ρ = 4 at 160/224/352: at most ⌊10/4⌋ = 2 high seconds even with three anchors.
        int[] resolutions = exact(List.of(1, 5, 8), "distance", 160, 224, 352, null);
        assertThat(java.util.Arrays.stream(resolutions).filter(r -> r == 352).count()).isEqualTo(2);
        assertThat(resolutions[1]).isEqualTo(352);
        assertThat(resolutions[5]).isEqualTo(352);
    }

    @ParameterizedTest(name = "{0}/{1}/{2}")
    @CsvSource({"160, 224, 320", "112, 224, 352", "112, 160, 224", "224, 352, 448"})
    void triadsWithoutAnExactSolutionAreRejected(int low, int base, int high) {
        assertThatThrownBy(() -> exact(List.of(3, 7), "distance", low, base, high, null))
                .isInstanceOf(InfeasiblePlanException.class)
                .hasMessageContaining("cannot exactly match budget")
                .extracting(e -> ((InfeasiblePlanException) e).key()).isEqualTo("budget_mode");
    }

    @Test
    void baseMustCostMoreThanLow() {
        assertThatThrownBy(() -> exact(List.of(3), "distance", 224, 224, 448, null))
                .isInstanceOf(InfeasiblePlanException.class)
                .extracting(e -> ((InfeasiblePlanException) e).key()).isEqualTo("low_res");
        assertThatThrownBy(() -> exact(List.of(3), "distance", 112, 224, 112, null))
                .isInstanceOf(InfeasiblePlanException.class)
                .extracting(e -> ((InfeasiblePlanException) e).key()).isEqualTo("high_res");
    }

    @Test
    void duplicateAndOutOfRangeAnchorsAreIgnored() {
        assertThat(exact(List.of(3, 3, 12, -1, 4), "distance", 160, 224, 352, null))
                .containsExactly(plan("160 160 224 352 352 224 160 160 160 160"));
    }
}

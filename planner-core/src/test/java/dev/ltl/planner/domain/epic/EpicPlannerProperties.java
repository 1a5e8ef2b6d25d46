package dev.ltl.planner.domain.epic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of every EPIC method over random videos (dur 1..150 s, max_steps 1..130, tied
 * scores, arbitrary oracle centres): exactly min(max_steps, dur) sorted distinct seconds in range,
 * the budget never exceeded (met exactly when dur ≥ max_steps), and only the triad's resolutions.
 */
class EpicPlannerProperties {
    private final EpicPlanner planner = new EpicPlanner();

    @Provide
    Arbitrary<double[]> scores() {
        return Arbitraries.integers().between(0, 5).map(i -> i * 0.5).array(double[].class).ofMinSize(1).ofMaxSize(150);
    }

    @Provide
    Arbitrary<int[]> centres() {
        return Arbitraries.integers().between(0, 160).array(int[].class).ofMaxSize(14);
    }

    @Property(tries = 400)
    void everyMethodSelectsTargetSecondsWithinBudget(@ForAll("scores") double[] scores,
                                                     @ForAll @IntRange(min = 1, max = 130) int maxSteps,
                                                     @ForAll("centres") int[] centres,
                                                     @ForAll @IntRange(min = 0, max = 3) int methodIndex) {
        EpicMethod method = EpicMethod.values()[methodIndex];
        int dur = scores.length;
        EpicPlan plan = planner.plan(new EpicSelectionRequest(method, dur, maxSteps, 7, "video-" + dur, scores, centres));
        List<Integer> seconds = plan.selectedSeconds();
        assertThat(seconds).hasSize(Math.min(maxSteps, dur)).isSorted().allSatisfy(t -> assertThat(t).isBetween(0, dur - 1));
        assertThat(new HashSet<>(seconds)).hasSameSizeAs(seconds);
        assertThat(plan.resolutions()).allSatisfy(r -> assertThat(r).isIn(112, 224, 448));
        assertThat(plan.totalTokens()).isLessThanOrEqualTo(plan.budgetTokens())
                .isEqualTo(196L * Math.min(maxSteps, dur));
    }

    @Property(tries = 200)
    void anchoredPlansGiveHighResOnlyToAnchors(@ForAll("scores") double[] scores,
                                               @ForAll @IntRange(min = 1, max = 130) int maxSteps) {
        EpicPlan plan = planner.plan(new EpicSelectionRequest(EpicMethod.AUDIO_ANCHORED, 0, maxSteps, 0, "", scores, null));
        for (int i = 0; i < plan.selectedSeconds().size(); i++) {
            if (plan.resolutions().get(i) == 448) {
                assertThat(plan.anchors()).contains(plan.selectedSeconds().get(i));
            }
        }
        long high = plan.resolutions().stream().filter(r -> r == 448).count();
        long low = plan.resolutions().stream().filter(r -> r == 112).count();
        assertThat(low).isEqualTo(4 * high);
    }
}

package dev.ltl.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltl.planner.domain.ListenThenLookPlanner;
import dev.ltl.planner.domain.PlanInput;
import dev.ltl.planner.domain.PlanResult;
import dev.ltl.planner.domain.PlannerConfig;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The benchmark's score pool must reach every branch of the final winner, or it times only one path. */
class SyntheticScoresTest {

    private final ListenThenLookPlanner planner = new ListenThenLookPlanner();

    @Test
    void benchmarkPoolMixesGatedOneHighAndTwoHighPlans() {
        PlannerConfig winner = PlannerConfig.fromMap(BenchPlannerConfigs.finalWinner());
        double[][] pool = SyntheticScores.clips(PlannerBenchmark.SCORE_SEED, PlannerBenchmark.POOL_SIZE,
                PlannerBenchmark.SECONDS);

        int gated = 0;
        int oneHigh = 0;
        int twoHigh = 0;
        for (double[] clip : pool) {
            PlanResult plan = planner.plan(PlanInput.anchored(clip, winner));
            long high = Arrays.stream(plan.resolutions()).filter(r -> r == 352).count();
            if (plan.fallbackUsed()) {
                gated++;
            } else if (high == 1) {
                oneHigh++;
            } else if (high == 2) {
                twoHigh++;
            }
        }

        int tenth = pool.length / 10;
        assertThat(gated).as("clips sent to the uniform fallback").isGreaterThan(tenth);
        assertThat(oneHigh).as("anchored clips with one high second").isGreaterThan(tenth);
        assertThat(twoHigh).as("anchored clips with two high seconds").isGreaterThan(tenth / 2);
    }

    @Test
    void bandConfigPlansEveryPoolClipWithinBudget() {
        PlannerConfig band = PlannerConfig.fromMap(BenchPlannerConfigs.band());
        for (double[] clip : SyntheticScores.clips(PlannerBenchmark.SCORE_SEED, 200, PlannerBenchmark.SECONDS)) {
            PlanResult plan = planner.plan(PlanInput.anchored(clip, band));
            assertThat(plan.totalTokens()).isLessThanOrEqualTo(plan.budget());
        }
    }
}

package dev.ltl.planner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltl.planner.domain.PlannerArbitraries.Clip;
import dev.ltl.planner.domain.budget.TokenCost;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the planner over random clips (N = 1..30) and the valid configuration space. */
class PlannerProperties {
    private final ListenThenLookPlanner planner = new ListenThenLookPlanner();

    @Provide
    Arbitrary<Clip> clips() {
        return PlannerArbitraries.clips();
    }

    @Provide
    Arbitrary<PlannerConfig> exactConfigs() {
        return PlannerArbitraries.exactConfigs();
    }

    @Provide
    Arbitrary<PlannerConfig> bandConfigs() {
        return PlannerArbitraries.bandConfigs();
    }

    private PlanResult plan(Clip clip, PlannerConfig cfg, Baseline baseline) {
        return planner.plan(new PlanInput(clip.scores(), cfg, baseline, clip.labels(), clip.seed(), null,
                clip.visual()));
    }

    private static long budget(Clip clip, PlannerConfig cfg) {
        return clip.n() * TokenCost.of(cfg.baseRes(), cfg.patchSize());
    }

    @Property(tries = 400)
    void exactModeSpendsExactlyTheBudget(@ForAll("clips") Clip clip, @ForAll("exactConfigs") PlannerConfig cfg,
                                         @ForAll Baseline baseline) {
        Assume.that(baseline != Baseline.UNIFORM_LOW);
        PlanResult result = plan(clip, cfg, baseline);
        assertThat(result.totalTokens()).isEqualTo(budget(clip, cfg)).isEqualTo(result.budget());
    }

    @Property(tries = 300)
    void bandModeStaysInsideTheBandWheneverItPlans(@ForAll("clips") Clip clip,
                                                   @ForAll("bandConfigs") PlannerConfig cfg) {
        PlanResult result;
        try {
            result = plan(clip, cfg, Baseline.ANCHORED);
        } catch (InfeasiblePlanException infeasible) {
            Assume.that(false);
            return;
        }
        long budget = budget(clip, cfg);
        assertThat(result.totalTokens()).isLessThanOrEqualTo(budget);
        assertThat((double) result.totalTokens()).isGreaterThanOrEqualTo(budget * (1 - cfg.budgetEpsilonFrac()) - 1e-9);
    }

    @Property(tries = 400)
    void uniformFallbackMeansEverySecondAtBase(@ForAll("clips") Clip clip, @ForAll("exactConfigs") PlannerConfig cfg) {
        PlannerConfig uniformFallback = cfg.with("anchor_fallback_mode", "uniform");
        PlanResult result = plan(clip, uniformFallback, Baseline.ANCHORED);
        Assume.that(result.fallbackUsed());
        assertThat(result.anchors()).isEmpty();
        assertThat(result.resolutions()).containsOnly(cfg.baseRes());
    }

    @Property(tries = 200)
    void uniformFallbackInBandModeIsAllBaseWithoutExtrasAboveBase(@ForAll("clips") Clip clip,
                                                                   @ForAll("bandConfigs") PlannerConfig cfg) {
        Assume.that(cfg.budgetExtraResolutions().stream().allMatch(r -> r <= cfg.baseRes()));
        PlanResult result;
        try {
            result = plan(clip, cfg.with("anchor_fallback_mode", "uniform"), Baseline.ANCHORED);
        } catch (InfeasiblePlanException infeasible) {
            Assume.that(false);
            return;
        }
        Assume.that(result.fallbackUsed());
        assertThat(result.resolutions()).containsOnly(cfg.baseRes());
    }

    @Property(tries = 300)
    void planningIsDeterministic(@ForAll("clips") Clip clip, @ForAll("exactConfigs") PlannerConfig cfg,
                                 @ForAll Baseline baseline) {
        PlanResult first = plan(clip, cfg, baseline);
        PlanResult second = plan(clip, PlannerConfig.fromMap(cfg.toMap()), baseline);
        assertThat(second).isEqualTo(first);
    }

    @Property(tries = 300)
    void resolutionsComeFromTheTriadUsedOrTheExtras(@ForAll("clips") Clip clip,
                                                     @ForAll("bandConfigs") PlannerConfig cfg,
                                                     @ForAll Baseline baseline) {
        PlanResult result;
        try {
            result = plan(clip, cfg, baseline);
        } catch (InfeasiblePlanException infeasible) {
            Assume.that(false);
            return;
        }
        Set<Integer> allowed = new HashSet<>(cfg.budgetExtraResolutions());
        allowed.addAll(List.of(result.lowResUsed(), cfg.baseRes(), result.highResUsed()));
        assertThat(Arrays.stream(result.resolutions()).boxed().toList()).isSubsetOf(allowed);
    }

    @Property(tries = 300)
    void anchorsAreDistinctInRangeAndAtMostK(@ForAll("clips") Clip clip, @ForAll("exactConfigs") PlannerConfig cfg,
                                             @ForAll Baseline baseline) {
        PlanResult result = plan(clip, cfg, baseline);
        int[] anchors = result.anchors();
        assertThat(anchors.length).isLessThanOrEqualTo(cfg.k());
        assertThat(Arrays.stream(anchors).distinct().count()).isEqualTo(anchors.length);
        assertThat(Arrays.stream(anchors).boxed().toList()).allMatch(a -> a >= 0 && a < clip.n());
    }

    @Property(tries = 300)
    void highSecondsAreAnchorsAndRespectTheCap(@ForAll("clips") Clip clip,
                                               @ForAll("exactConfigs") PlannerConfig cfg) {
        PlanResult result = plan(clip, cfg, Baseline.ANCHORED);
        Assume.that(result.lowResUsed() < cfg.baseRes() && cfg.baseRes() < result.highResUsed());
        Set<Integer> anchors = new HashSet<>(Arrays.stream(result.anchors()).boxed().toList());
        int[] resolutions = result.resolutions();
        long highs = 0;
        for (int i = 0; i < resolutions.length; i++) {
            if (resolutions[i] == result.highResUsed()) {
                highs++;
                assertThat(anchors).contains(i);
            }
        }
        if (result.maxHighAnchorsUsed() != null) {
            assertThat(highs).isLessThanOrEqualTo(result.maxHighAnchorsUsed());
        }
        assertThat(Arrays.stream(result.tokensPerSecond()).sum()).isEqualTo(result.totalTokens());
    }
}

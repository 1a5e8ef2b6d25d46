package dev.ltl.planner.domain;

import static dev.ltl.planner.domain.Plans.S;
import static dev.ltl.planner.domain.Plans.anchored;
import static dev.ltl.planner.domain.Plans.config;
import static dev.ltl.planner.domain.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The per-clip order of §3.2 through the public entry point. */
class AnchoredPipelineTest {

    @Test
    void giniGateWithShiftMovesTheTopTwoOneSecondLater() {
        PlanResult result = anchored(S, config("anchor_conf_metric", "gini", "anchor_conf_threshold", 0.45,
                "anchor_shift", 1));
        assertThat(result.anchors()).containsExactly(2, 3);
        assertThat(result.fallbackUsed()).isFalse();
        assertThat(result.confMetric()).isEqualTo("gini");
        assertThat(result.confValue()).isGreaterThan(0.49).isLessThan(0.5);
        assertThat(result.resolutions()).containsExactly(plan("112 112 448 448 112 112 112 112 112 112"));
        assertThat(result.totalTokens()).isEqualTo(result.budget()).isEqualTo(1960);
    }

    @Test
    void failedGateFallsBackToUniform() {
        PlanResult result = anchored(S, config("anchor_conf_metric", "gini", "anchor_conf_threshold", 0.5));
        assertThat(result.fallbackUsed()).isTrue();
        assertThat(result.fallbackReason()).isEqualTo("conf_below_threshold");
        assertThat(result.anchors()).isEmpty();
        assertThat(result.resolutions()).containsOnly(224);
    }

    @Test
    void legacyStdThresholdGatesWhenNoMetricIsSet() {
        PlanResult gated = anchored(S, config("anchor_std_threshold", 0.32));
        assertThat(gated.fallbackUsed()).isTrue();
        assertThat(gated.confMetric()).isEqualTo("std");
        PlanResult passed = anchored(S, config("anchor_std_threshold", 0.31));
        assertThat(passed.fallbackUsed()).isFalse();
        // A metric without its own threshold uses the legacy std threshold.
        assertThat(anchored(S, config("anchor_conf_metric", "gini", "anchor_std_threshold", 0.5)).fallbackUsed())
                .isTrue();
    }

    @Test
    void confidenceIsRecordedWhenTheGateIsOff() {
        PlanResult result = anchored(S, PlannerConfig.defaults());
        assertThat(result.confMetric()).isEqualTo("std");
        assertThat(result.confValue()).isEqualTo(ConfidenceMetrics.compute("std", S));
    }

    @Test
    void shiftPastTheEndDropsTheAnchorWithoutReplacement() {
        double[] lateScores = {0, 0, 0, 0, 0, 0, 0, 0, 0.8, 0.9};
        PlanResult result = anchored(lateScores, config("anchor_shift", 1, "low_res", 160, "high_res", 352));
        assertThat(result.anchors()).containsExactly(9);
        assertThat(result.resolutions()).containsExactly(plan("160 160 160 224 224 224 224 224 224 352"));
    }

    @Test
    void shiftThatRemovesEveryAnchorGivesUniformWithoutFallback() {
        double[] lastOnly = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        PlanResult result = anchored(lastOnly, config("k", 1, "anchor_shift", 2));
        assertThat(result.anchors()).isEmpty();
        assertThat(result.fallbackUsed()).isFalse();
        assertThat(result.fallbackReason()).isNull();
        assertThat(result.resolutions()).containsOnly(224);
    }

    @Test
    void farFallbackRunsBeforeDropFar() {
        double[] farApart = {0, 0.9, 0, 0, 0, 1, 0, 0, 0, 0};
        PlanResult result = anchored(farApart, config("anchor_fallback_far_dist", 1, "anchor_drop_far_dist", 1));
        assertThat(result.fallbackUsed()).isTrue();
        assertThat(result.fallbackReason()).isEqualTo("far_anchor_dist");
        assertThat(result.anchors()).isEmpty();
        assertThat(result.resolutions()).containsOnly(224);
    }

    @Test
    void dropFarKeepsOnlyTheFirstAnchorEvenWithMoreThanTwo() {
        double[] s = {0, 0.9, 0.8, 0, 0, 1, 0, 0, 0, 0};
        PlanResult result = anchored(s, config("k", 3, "anchor_drop_far_dist", 1));
        assertThat(result.anchors()).containsExactly(5);
    }

    @Test
    void smoothingChangesSelectionButNotTheGateValue() {
        PlanResult result = anchored(S, config("anchor_smooth_window", 3));
        assertThat(result.anchors()).containsExactly(2, 1);
        assertThat(result.confValue()).isEqualTo(ConfidenceMetrics.compute("std", S));
    }

    @Test
    void scoreAllocationUsesTheRawUnshiftedScores() {
        PlanResult result = anchored(S, config("anchor_base_alloc", "score", "anchor_shift", 1,
                "low_res", 160, "high_res", 352));
        assertThat(result.anchors()).containsExactly(2, 3);
        // Non-high seconds by raw score: 1 (0.9) and 5 (0.7) become base.
        assertThat(result.resolutions()).containsExactly(plan("160 224 352 352 160 224 160 160 160 160"));
    }

    @Test
    void autoBudgetModeUsesBandOnlyWhenExactIsImpossible() {
        PlanResult exact = anchored(S, config("budget_mode", "auto", "low_res", 160, "high_res", 352));
        assertThat(exact.totalTokens()).isEqualTo(1960);
        PlanResult band = anchored(S, config("budget_mode", "auto", "low_res", 112, "base_res", 160,
                "high_res", 224, "budget_epsilon_frac", 0.05));
        assertThat(band.totalTokens()).isBetween(950L, 1000L);
        assertThatThrownBy(() -> anchored(S, config("low_res", 112, "base_res", 160, "high_res", 224)))
                .isInstanceOf(InfeasiblePlanException.class)
                .extracting(e -> ((InfeasiblePlanException) e).key()).isEqualTo("budget_mode");
    }

    @Test
    void tokensPerSecondFollowThePatchSize() {
        PlanResult result = anchored(S, config("low_res", 160, "high_res", 352));
        assertThat(result.tokensPerSecond()[1]).isEqualTo(484);
        assertThat(result.patchSize()).isEqualTo(16);
        assertThat(result.lowResUsed()).isEqualTo(160);
        assertThat(result.highResUsed()).isEqualTo(352);
    }

    /** The behaviour of the resolved final winner, §3.9. */
    @Nested
    class FinalWinner {
        private final PlannerConfig winner = PlannerConfig.fromMap(PlannerConfigTest.winnerBestConfig());

        @Test
        void lowGiniGivesUniform() {
            double[] ramp = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}; // gini 0.367
            PlanResult result = anchored(ramp, winner);
            assertThat(result.fallbackUsed()).isTrue();
            assertThat(result.resolutions()).containsOnly(224);
        }

        @Test
        void nonAdjacentTopTwoKeepsOneHighWithSixBaseAround() {
            double[] s = {0, 0.9, 0, 0, 0, 1, 0, 0, 0, 0}; // gini 0.805, top-2 = [5, 1]
            PlanResult result = anchored(s, winner);
            assertThat(result.anchors()).containsExactly(5);
            assertThat(result.resolutions()).containsExactly(plan("160 160 224 224 224 352 224 224 224 160"));
        }

        @Test
        void adjacentWithGiniBelowHalfGivesOneHighAndBaseFirstAtTheSecondAnchor() {
            PlanResult result = anchored(S, winner); // gini 0.491, top-2 = [1, 2]
            assertThat(result.anchors()).containsExactly(1, 2);
            assertThat(result.maxHighAnchors()).isEqualTo(1);
            assertThat(result.resolutions()).containsExactly(plan("224 352 224 224 224 224 224 160 160 160"));
        }

        @Test
        void adjacentWithGiniAtLeastHalfGivesTwoHighAndTwoBase() {
            double[] s = {0, 0, 0, 0, 1, 0.9, 0, 0, 0, 0}; // gini 0.805, top-2 = [4, 5]
            PlanResult result = anchored(s, winner);
            assertThat(result.maxHighAnchors()).isNull();
            assertThat(result.resolutions()).containsExactly(plan("160 160 160 224 352 352 224 160 160 160"));
        }
    }

    @Nested
    class Anchor2Veto {
        @Test
        void keepsTheSecondAnchorWhenItStandsAboveTheMedian() {
            // minmax(S)[2] − median(minmax(S)) = 0.941 − 0.235 = 0.706
            PlanResult kept = anchored(S, config("anchor2_veto_method", "top2med_norm_v1",
                    "anchor2_veto_threshold", 0.7));
            assertThat(kept.anchors()).containsExactly(1, 2);
            PlanResult vetoed = anchored(S, config("anchor2_veto_method", "top2med_norm_v1",
                    "anchor2_veto_threshold", 0.71));
            assertThat(vetoed.anchors()).containsExactly(1);
            assertThat(vetoed.fallbackUsed()).isFalse();
        }

        @Test
        void doesNotApplyToClipsThatFellBack() {
            PlanResult result = anchored(S, config("anchor2_veto_method", "top2med_norm_v1",
                    "anchor_std_threshold", 1.0));
            assertThat(result.fallbackUsed()).isTrue();
            assertThat(result.anchors()).isEmpty();
        }
    }

    @Nested
    class VisualFallback {
        private final double[] visual = {0, 0, 0, 0.5, 0, 0, 0, 2, 0, 0};
        private final PlannerConfig cfg = config("anchor_std_threshold", 1.0,
                "anchor_fallback_mode", "cheap_visual_framediff");

        private PlanResult plan(PlannerConfig config, double[] visualScores) {
            return Plans.PLANNER.plan(new PlanInput(S, config, Baseline.ANCHORED, null, null, null, visualScores));
        }

        @Test
        void clipsThatFailTheGateTakeAnchorsFromVisualScores() {
            PlanResult result = plan(cfg, visual);
            assertThat(result.fallbackUsed()).isTrue();
            assertThat(result.fallbackReason()).isEqualTo("conf_below_threshold");
            assertThat(result.anchors()).containsExactly(7, 3);
            assertThat(result.resolutions()).containsExactly(Plans.plan("112 112 112 448 112 112 112 448 112 112"));
        }

        @Test
        void visualGateCanKeepTheUniformPlan() {
            // top1_med of minmax(visual) = 1 − 0 = 1.
            assertThat(plan(cfg.with("anchor_fallback_visual_conf_threshold", 1.0), visual).anchors())
                    .containsExactly(7, 3);
            PlanResult gated = plan(cfg.with("anchor_fallback_visual_conf_threshold", 1.01), visual);
            assertThat(gated.anchors()).isEmpty();
            assertThat(gated.resolutions()).containsOnly(224);
        }

        @Test
        void missingVisualScoresAreReportedOnlyWhenNeeded() {
            assertThatThrownBy(() -> plan(cfg, null))
                    .isInstanceOf(MissingInputException.class)
                    .extracting(e -> ((MissingInputException) e).field()).isEqualTo("visual_scores");
            PlanResult passed = plan(cfg.with("anchor_std_threshold", 0.1), null);
            assertThat(passed.anchors()).containsExactly(1, 2);
        }

        @Test
        void clipdiffModeBehavesTheSame() {
            PlanResult result = plan(cfg.with("anchor_fallback_mode", "cheap_visual_clipdiff"), visual);
            assertThat(result.anchors()).containsExactly(7, 3);
        }
    }

    @Nested
    class TieredTriad {
        private final PlannerConfig cfg = config("low_res", 160, "high_res", 352,
                "triad_policy", "top1med_tiered_v1", "triad_alt_conf_threshold", 0.3);

        @Test
        void confidentClipsSwitchToTheAltTriadWithOneHigh() {
            PlanResult result = anchored(S, cfg); // std 0.312 >= 0.3
            assertThat(result.lowResUsed()).isEqualTo(112);
            assertThat(result.highResUsed()).isEqualTo(448);
            assertThat(result.maxHighAnchors()).isNull();
            assertThat(result.maxHighAnchorsUsed()).isEqualTo(1);
            assertThat(result.resolutions()).containsExactly(plan("224 448 224 224 224 224 112 112 112 112"));
        }

        @Test
        void otherClipsKeepTheConfiguredTriad() {
            PlanResult result = anchored(S, cfg.with("triad_alt_conf_threshold", 0.35));
            assertThat(result.lowResUsed()).isEqualTo(160);
            assertThat(result.resolutions()).containsExactly(plan("224 352 352 224 160 160 160 160 160 160"));
        }
    }

    @Nested
    class OtherLengths {
        @Test
        void singleSecondClipIsAllBase() {
            PlanResult result = anchored(new double[] {0.3}, PlannerConfig.defaults());
            assertThat(result.anchors()).containsExactly(0);
            assertThat(result.resolutions()).containsExactly(224);
            assertThat(result.budget()).isEqualTo(196);
        }

        @Test
        void fiveSecondClipFitsOneHigh() {
            double[] s = {0.1, 0.9, 0.8, 0.0, 0.2};
            PlanResult result = anchored(s, config("low_res", 160, "high_res", 352));
            // ρ = 4: ⌊5/4⌋ = 1 high, 1 base (at the demoted-by-budget anchor 2), 3 low.
            assertThat(result.resolutions()).containsExactly(plan("160 352 224 160 160"));
            assertThat(result.totalTokens()).isEqualTo(5 * 196);
        }
    }
}

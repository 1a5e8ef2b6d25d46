package dev.ltl.eval.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.planner.domain.ListenThenLookPlanner;
import dev.ltl.planner.domain.PlanInput;
import dev.ltl.planner.domain.PlannerConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateSetsTest {
    /** The §5.5 key list, written out from the spec. */
    private static final List<String> SPEC_KEYS = List.of(
            "name", "k", "low_res", "base_res", "high_res",
            "head", "head_hidden_dim", "head_dropout", "res_feature", "temporal_kernel_size",
            "anchor_shift", "anchor_std_threshold", "anchor_select", "anchor_nms_radius", "anchor_nms_strong_gap",
            "anchor_window", "anchor_smooth_window", "anchor_smooth_mode",
            "anchor2_veto_method", "anchor2_veto_threshold", "anchor2_veto_label_radius",
            "anchor_gate_method", "anchor_gate_threshold", "anchor_gate_label_radius",
            "anchor_base_alloc", "anchor_conf_metric", "anchor_conf_threshold",
            "max_high_anchors", "anchor_high_policy", "anchor_high_adjacent_dist", "anchor_high_gap_threshold",
            "anchor_drop_far_dist", "anchor_fallback_far_dist", "anchor_fallback_mode",
            "anchor_fallback_visual_conf_metric", "anchor_fallback_visual_conf_threshold",
            "anchor_high_conf_metric", "anchor_high_conf_threshold",
            "triad_policy", "triad_alt_conf_threshold", "triad_alt_low_res", "triad_alt_high_res",
            "triad_alt_max_high_anchors",
            "budget_mode", "budget_epsilon_frac", "budget_extra_resolutions");

    @Test
    void familySizesMatchTheSpec() {
        Map<String, Integer> sizes = Map.of("ltl_top1med_v1", 10, "ltl_top1med_norm_v1", 6, "ltl_gini_v2", 8,
                "ltl_adaptive_keepadj_v1", 16, "ltl_gini_keepadj_v1", 12, "ltl_gini_keepadj_hconf_v1", 6,
                "energy_v2", 10);
        sizes.forEach((set, n) -> assertThat(CandidateSets.forName(set)).as(set).hasSize(n));
        assertThat(CandidateSets.names()).containsExactlyInAnyOrderElementsOf(sizes.keySet());
    }

    @Test
    void everyConfigHasExactlyTheBestConfigKeysAndIsAcceptedByThePlanner() {
        for (String set : CandidateSets.names()) {
            List<Candidate> candidates = CandidateSets.forName(set);
            assertThat(new HashSet<>(candidates.stream().map(Candidate::name).toList())).hasSize(candidates.size());
            for (Candidate c : candidates) {
                assertThat(c.config().keySet()).as(c.name()).containsExactlyElementsOf(SPEC_KEYS);
                PlannerConfig cfg = c.plannerConfig();
                assertThat(BestConfigKeys.toJsonMap(cfg)).isEqualTo(c.config());
                // plans under the exact budget for a real score vector
                var plan = new ListenThenLookPlanner().plan(PlanInput.anchored(
                        new double[] {0.1, 0.9, 0.85, 0.2, 0.3, 0.7, 0.1, 0.05, 0.6, 0.2}, cfg));
                assertThat(plan.totalTokens()).isEqualTo(plan.budget());
            }
        }
    }

    @Test
    void namesUsePythonStrWithDotAsP() {
        assertThat(CandidateSets.forName("ltl_top1med_norm_v1")).extracting(Candidate::name).containsExactly(
                "ltltop1medn_thr0p5_shift0", "ltltop1medn_thr0p5_shift1", "ltltop1medn_thr0p6_shift0",
                "ltltop1medn_thr0p6_shift1", "ltltop1medn_thr0p7_shift0", "ltltop1medn_thr0p7_shift1");
        assertThat(CandidateSets.forName("ltl_gini_keepadj_hconf_v1")).extracting(Candidate::name).containsExactly(
                "ltlgini_keepadj_gini0p4_hconf0p0", "ltlgini_keepadj_gini0p4_hconf0p5",
                "ltlgini_keepadj_gini0p4_hconf0p55", "ltlgini_keepadj_gini0p45_hconf0p0",
                "ltlgini_keepadj_gini0p45_hconf0p5", "ltlgini_keepadj_gini0p45_hconf0p55");
        assertThat(CandidateSets.forName("ltl_gini_v2")).extracting(Candidate::name).startsWith(
                "ltlgini2_gini0p35_shift0", "ltlgini2_gini0p35_shift1", "ltlgini2_gini0p4_shift0");
        assertThat(CandidateSets.forName("ltl_adaptive_keepadj_v1")).extracting(Candidate::name).startsWith(
                "ltlkeepadj_adj1_shift0_std0p45", "ltlkeepadj_adj2_shift0_std0p45", "ltlkeepadj_adj1_shift1_std0p45");
        assertThat(CandidateSets.forName("ltl_gini_keepadj_v1")).extracting(Candidate::name).startsWith(
                "ltlgini_keepadj_df0_gini0p4_shift0", "ltlgini_keepadj_df1_gini0p4_shift0",
                "ltlgini_keepadj_df0_gini0p4_shift1");
        assertThat(CandidateSets.forName("ltl_top1med_v1")).extracting(Candidate::name)
                .startsWith("ltltop1med_thr0p4_shift0").endsWith("ltltop1med_thr0p8_shift1");
        assertThat(PythonNames.threshold(0.0)).isEqualTo("0p0");
        assertThat(PythonNames.threshold(0.40)).isEqualTo("0p4");
        assertThat(PythonNames.threshold(1.0)).isEqualTo("1p0");
    }

    @Test
    void finalWinnerConfigIsTheResolvedOne() {
        Candidate winner = CandidateSets.forName("ltl_gini_keepadj_hconf_v1").stream()
                .filter(c -> c.name().equals("ltlgini_keepadj_gini0p45_hconf0p5")).findFirst().orElseThrow();
        Map<String, Object> cfg = winner.config();
        assertThat(cfg).containsEntry("anchor_conf_metric", "gini").containsEntry("anchor_conf_threshold", 0.45)
                .containsEntry("anchor_std_threshold", 0.0).containsEntry("anchor_shift", 0)
                .containsEntry("anchor_select", "topk").containsEntry("anchor_drop_far_dist", 1)
                .containsEntry("anchor_high_policy", "adaptive_v3").containsEntry("anchor_high_adjacent_dist", 1)
                .containsEntry("anchor_high_conf_metric", "gini").containsEntry("anchor_high_conf_threshold", 0.5)
                .containsEntry("anchor_base_alloc", "distance").containsEntry("low_res", 160)
                .containsEntry("base_res", 224).containsEntry("high_res", 352)
                .containsEntry("head", "temporal_conv").containsEntry("temporal_kernel_size", 3)
                .containsEntry("head_hidden_dim", 128).containsEntry("head_dropout", 0.0)
                .containsEntry("max_high_anchors", null).containsEntry("budget_mode", "exact")
                .containsEntry("anchor_nms_radius", 2).containsEntry("k", 2);
        // §3.9: gini 0.491 passes the 0.45 gate; top-2 [1, 2] are adjacent and gini < 0.5, so one high
        // at 1 and six base seconds nearest the centres {1, 2} (2 first, at distance 0), three low.
        var plan = new ListenThenLookPlanner().plan(PlanInput.anchored(
                new double[] {0.1, 0.9, 0.85, 0.2, 0.3, 0.7, 0.1, 0.05, 0.6, 0.2}, winner.plannerConfig()));
        assertThat(plan.anchors()).containsExactly(1, 2);
        assertThat(plan.resolutions()).containsExactly(224, 352, 224, 224, 224, 224, 224, 160, 160, 160);
    }

    @Test
    void keepadjFamilyUsesTheStdGateWithoutAMetric() {
        Candidate c = CandidateSets.forName("ltl_adaptive_keepadj_v1").get(15);
        assertThat(c.name()).isEqualTo("ltlkeepadj_adj2_shift1_std0p6");
        assertThat(c.config()).containsEntry("anchor_conf_metric", null).containsEntry("anchor_conf_threshold", null)
                .containsEntry("anchor_std_threshold", 0.6).containsEntry("anchor_high_policy", "adaptive_v3")
                .containsEntry("anchor_high_adjacent_dist", 2).containsEntry("anchor_shift", 1);
    }

    @Test
    void energyV2CoversTheTenVariants() {
        List<Candidate> e = CandidateSets.forName("energy_v2");
        assertThat(e.get(0).config()).containsEntry("anchor_std_threshold", 1.0).containsEntry("anchor_shift", 1);
        assertThat(e.get(7).config()).containsEntry("k", 5).containsEntry("anchor_select", "nms");
        assertThat(e.get(9).config()).containsEntry("low_res", 112).containsEntry("high_res", 448)
                .containsEntry("anchor_select", "nms").containsEntry("anchor_std_threshold", 0.0);
        assertThat(e).allSatisfy(c -> assertThat(c.config()).containsEntry("anchor_conf_metric", null));
    }

    @Test
    void unknownSetIsRejected() {
        assertThatThrownBy(() -> CandidateSets.forName("ltl_nope")).hasMessageContaining("ltl_nope");
    }
}

package dev.ltl.planner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlannerConfigTest {

    /** The final winner's best_config.json as the sweep writes it (§3.9, §5.5). */
    static Map<String, Object> winnerBestConfig() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "ltlgini_keepadj_gini0p45_hconf0p5");
        m.put("k", 2);
        m.put("low_res", 160);
        m.put("base_res", 224);
        m.put("high_res", 352);
        m.put("head", "temporal_conv");
        m.put("head_hidden_dim", 128);
        m.put("head_dropout", 0.0);
        m.put("res_feature", "none");
        m.put("temporal_kernel_size", 3);
        m.put("anchor_shift", 0);
        m.put("anchor_std_threshold", 0.0);
        m.put("anchor_select", "topk");
        m.put("anchor_nms_radius", 2);
        m.put("anchor_nms_strong_gap", 0.6);
        m.put("anchor_window", 3);
        m.put("anchor_smooth_window", 0);
        m.put("anchor_smooth_mode", "mean");
        m.put("anchor2_veto_method", "none");
        m.put("anchor2_veto_threshold", 0.5);
        m.put("anchor2_veto_label_radius", 1);
        m.put("anchor_gate_method", "none");
        m.put("anchor_gate_threshold", 0.0);
        m.put("anchor_gate_label_radius", 1);
        m.put("anchor_base_alloc", "distance");
        m.put("anchor_conf_metric", "gini");
        m.put("anchor_conf_threshold", 0.45);
        m.put("max_high_anchors", null);
        m.put("anchor_high_policy", "adaptive_v3");
        m.put("anchor_high_adjacent_dist", 1);
        m.put("anchor_high_gap_threshold", 0.0);
        m.put("anchor_drop_far_dist", 1);
        m.put("anchor_fallback_far_dist", 0);
        m.put("anchor_fallback_mode", "uniform");
        m.put("anchor_fallback_visual_conf_metric", "top1_med");
        m.put("anchor_fallback_visual_conf_threshold", 0.0);
        m.put("anchor_high_conf_metric", "gini");
        m.put("anchor_high_conf_threshold", 0.5);
        m.put("triad_policy", "fixed");
        m.put("triad_alt_conf_threshold", 0.0);
        m.put("triad_alt_low_res", 112);
        m.put("triad_alt_high_res", 448);
        m.put("triad_alt_max_high_anchors", 1);
        m.put("budget_mode", "exact");
        m.put("budget_epsilon_frac", 0.01);
        m.put("budget_extra_resolutions", List.of());
        return m;
    }

    @Test
    void defaultsAreTheReferenceLibraryDefaults() {
        PlannerConfig cfg = PlannerConfig.defaults();
        assertThat(cfg.k()).isEqualTo(2);
        assertThat(List.of(cfg.lowRes(), cfg.baseRes(), cfg.highRes(), cfg.patchSize()))
                .containsExactly(112, 224, 448, 16);
        assertThat(cfg.maxHighAnchors()).isNull();
        assertThat(cfg.anchorSelect()).isEqualTo("topk");
        assertThat(cfg.anchorNmsRadius()).isEqualTo(1);
        assertThat(cfg.anchorNmsStrongGap()).isEqualTo(0.6);
        assertThat(cfg.anchorWindow()).isEqualTo(3);
        assertThat(cfg.anchorFallbackMode()).isEqualTo("uniform");
        assertThat(cfg.anchorFallbackVisualConfMetric()).isEqualTo("top1_med");
        assertThat(cfg.anchor2VetoThreshold()).isEqualTo(0.5);
        assertThat(cfg.anchorConfMetric()).isNull();
        assertThat(cfg.anchorConfThreshold()).isNull();
        assertThat(cfg.anchorBaseAlloc()).isEqualTo("distance");
        assertThat(cfg.anchorHighPolicy()).isEqualTo("fixed");
        assertThat(cfg.head()).isEqualTo("mlp");
        assertThat(cfg.headHiddenDim()).isEqualTo(128);
        assertThat(cfg.triadAltLowRes()).isEqualTo(112);
        assertThat(cfg.triadAltHighRes()).isEqualTo(448);
        assertThat(cfg.triadAltMaxHighAnchors()).isEqualTo(1);
        assertThat(cfg.budgetMode()).isEqualTo("exact");
        assertThat(cfg.budgetEpsilonFrac()).isEqualTo(0.01);
        assertThat(cfg.budgetExtraResolutions()).isEmpty();
        assertThat(cfg.effectiveConfMetric()).isEqualTo("std");
        assertThat(cfg.effectiveConfThreshold()).isEqualTo(0.0);
    }

    @Test
    void bestConfigJsonIsAcceptedAndRoundTrips() {
        PlannerConfig cfg = PlannerConfig.fromMap(winnerBestConfig());
        assertThat(cfg.anchorConfMetric()).isEqualTo("gini");
        assertThat(cfg.anchorConfThreshold()).isEqualTo(0.45);
        assertThat(cfg.anchorDropFarDist()).isEqualTo(1);
        Map<String, Object> map = cfg.toMap();
        assertThat(map).containsAllEntriesOf(withPatch(winnerBestConfig()));
        assertThat(PlannerConfig.fromMap(map)).isEqualTo(cfg);
    }

    private static Map<String, Object> withPatch(Map<String, Object> m) {
        Map<String, Object> out = new HashMap<>(m);
        out.put("patch_size", 16);
        return out;
    }

    @Test
    void toMapHasEveryReferenceKeyWithJsonReadyValues() {
        Map<String, Object> map = PlannerConfig.defaults().toMap();
        assertThat(map.keySet()).containsAll(winnerBestConfig().keySet()).contains("patch_size");
        assertThat(map).hasSize(winnerBestConfig().size() + 1);
        assertThat(map.get("budget_extra_resolutions")).isInstanceOf(List.class);
        assertThat(map).containsEntry("max_high_anchors", null).containsEntry("anchor_conf_metric", null);
        assertThat(PlannerConfig.fromMap(map)).isEqualTo(PlannerConfig.defaults());
    }

    @Test
    void structStyleDoublesAreAcceptedForIntegerKeys() {
        Map<String, Object> m = new HashMap<>();
        m.put("k", 3.0);
        m.put("max_high_anchors", 1.0);
        m.put("budget_extra_resolutions", List.of(112.0, 192.0));
        m.put("anchor_shift", -1.0);
        PlannerConfig cfg = PlannerConfig.fromMap(m);
        assertThat(cfg.k()).isEqualTo(3);
        assertThat(cfg.maxHighAnchors()).isEqualTo(1);
        assertThat(cfg.budgetExtraResolutions()).containsExactly(112, 192);
        assertThat(cfg.anchorShift()).isEqualTo(-1);
        assertThat(cfg.toMap().get("k")).isInstanceOf(Integer.class);
    }

    @Test
    void integerValuesAreAcceptedForDoubleKeysAndArraysForLists() {
        PlannerConfig cfg = PlannerConfig.fromMap(Map.of("anchor_conf_threshold", 1, "budget_extra_resolutions",
                new int[] {112}));
        assertThat(cfg.anchorConfThreshold()).isEqualTo(1.0);
        assertThat(cfg.budgetExtraResolutions()).containsExactly(112);
    }

    @Test
    void nullIsValidWhereTheReferenceAllowsNone() {
        Map<String, Object> m = new HashMap<>();
        m.put("max_high_anchors", null);
        m.put("anchor_conf_metric", null);
        m.put("anchor_conf_threshold", null);
        m.put("anchor_high_conf_metric", null);
        assertThat(PlannerConfig.fromMap(m)).isEqualTo(PlannerConfig.defaults());
    }

    static List<Arguments> invalidValues() {
        return List.of(
                Arguments.of("bogus_key", 1),
                Arguments.of("k", -1),
                Arguments.of("k", 2.5),
                Arguments.of("k", "2"),
                Arguments.of("k", true),
                Arguments.of("k", null),
                Arguments.of("anchor_nms_radius", -1),
                Arguments.of("anchor_smooth_window", 4),
                Arguments.of("anchor_smooth_window", -3),
                Arguments.of("low_res", 100),
                Arguments.of("high_res", 0),
                Arguments.of("base_res", 230.0),
                Arguments.of("triad_alt_high_res", 450),
                Arguments.of("budget_extra_resolutions", List.of(112, 200)),
                Arguments.of("budget_extra_resolutions", 112),
                Arguments.of("anchor_conf_metric", "gap"),
                Arguments.of("anchor_fallback_visual_conf_metric", "median"),
                Arguments.of("anchor_high_conf_metric", "std_norm"),
                Arguments.of("anchor_select", "top2"),
                Arguments.of("anchor_base_alloc", "nearest"),
                Arguments.of("anchor_base_alloc", "score_low"),
                Arguments.of("anchor_high_policy", "adaptive_v4"),
                Arguments.of("triad_policy", "tiered"),
                Arguments.of("budget_mode", "greedy"),
                Arguments.of("budget_epsilon_frac", -0.01),
                Arguments.of("budget_epsilon_frac", Double.NaN),
                Arguments.of("anchor_fallback_mode", "cheap_visual"),
                Arguments.of("anchor_gate_method", "lr_top1hit_v1"),
                Arguments.of("anchor_gate_method", "lr_top1hit_all_v1"),
                Arguments.of("anchor2_veto_method", "lr_v1"),
                Arguments.of("anchor_smooth_mode", "median"),
                Arguments.of("head", "transformer"),
                Arguments.of("head_dropout", 1.0),
                Arguments.of("temporal_kernel_size", 4),
                Arguments.of("max_high_anchors", -1),
                Arguments.of("anchor_drop_far_dist", -1),
                Arguments.of("name", 7));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidValues")
    void invalidValuesNameTheirKey(String key, Object value) {
        Map<String, Object> m = new HashMap<>();
        m.put(key, value);
        assertThatThrownBy(() -> PlannerConfig.fromMap(m))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining(key)
                .satisfies(e -> assertThat(((InvalidConfigException) e).key()).isEqualTo(key));
    }

    @Test
    void learnedModelsAreRejectedWithAReason() {
        assertThatThrownBy(() -> PlannerConfig.fromMap(Map.of("anchor_gate_method", "lr_top1hit_v1")))
                .hasMessageContaining("trained");
    }

    @Test
    void windowTopkNeedsAnOddWindowButOtherSelectorsIgnoreIt() {
        assertThat(PlannerConfig.fromMap(Map.of("anchor_window", 4)).anchorWindow()).isEqualTo(4);
        assertThatThrownBy(() -> PlannerConfig.fromMap(Map.of("anchor_window", 4, "anchor_select", "window_topk")))
                .isInstanceOf(InvalidConfigException.class)
                .extracting(e -> ((InvalidConfigException) e).key()).isEqualTo("anchor_window");
    }

    @Test
    void inheritedStdNormIsRejectedOnlyWhenTheHighPolicyEvaluatesIt() {
        assertThat(PlannerConfig.fromMap(Map.of("anchor_conf_metric", "std_norm")).anchorConfMetric())
                .isEqualTo("std_norm");
        assertThatThrownBy(() -> PlannerConfig.fromMap(Map.of("anchor_conf_metric", "std_norm",
                "anchor_high_policy", "adaptive_v2", "anchor_high_conf_threshold", 0.5)))
                .isInstanceOf(InvalidConfigException.class)
                .extracting(e -> ((InvalidConfigException) e).key()).isEqualTo("anchor_conf_metric");
    }

    @Test
    void patchSizeChangesWhichResolutionsAreValid() {
        // 112, 224 and 448 are multiples of 14, 160 is not.
        PlannerConfig cfg = PlannerConfig.fromMap(Map.of("patch_size", 14));
        assertThat(cfg.patchSize()).isEqualTo(14);
        assertThatThrownBy(() -> PlannerConfig.fromMap(Map.of("patch_size", 14, "low_res", 160)))
                .isInstanceOf(InvalidConfigException.class)
                .extracting(e -> ((InvalidConfigException) e).key()).isEqualTo("low_res");
    }

    @Test
    void withReplacesOneKeyAndKeepsTheRest() {
        PlannerConfig cfg = PlannerConfig.defaults().with("k", 1);
        assertThat(cfg.k()).isEqualTo(1);
        assertThat(cfg.with("k", 2)).isEqualTo(PlannerConfig.defaults());
    }

    @Test
    void listValuesAreImmutableCopies() {
        List<Integer> extras = new java.util.ArrayList<>(List.of(112));
        PlannerConfig cfg = PlannerConfig.fromMap(Map.of("budget_extra_resolutions", extras));
        extras.add(160);
        assertThat(cfg.budgetExtraResolutions()).containsExactly(112);
        assertThatThrownBy(() -> cfg.budgetExtraResolutions().add(1)).isInstanceOf(UnsupportedOperationException.class);
    }
}

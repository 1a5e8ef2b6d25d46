package dev.ltl.planner.domain.config;

import static dev.ltl.planner.domain.config.ValueCheck.ANY;
import static dev.ltl.planner.domain.config.ValueCheck.atLeast;
import static dev.ltl.planner.domain.config.ValueCheck.eachElement;
import static dev.ltl.planner.domain.config.ValueCheck.oddPositive;
import static dev.ltl.planner.domain.config.ValueCheck.oneOf;
import static dev.ltl.planner.domain.config.ValueCheck.unitInterval;

import dev.ltl.planner.domain.ConfidenceMetrics;
import dev.ltl.planner.domain.alloc.BaseAllocation;
import dev.ltl.planner.domain.anchor.Anchor2VetoMethod;
import dev.ltl.planner.domain.anchor.FallbackMode;
import dev.ltl.planner.domain.budget.BudgetMode;
import dev.ltl.planner.domain.policy.HighPolicy;
import dev.ltl.planner.domain.policy.TriadPolicyKind;
import dev.ltl.planner.domain.select.SelectionMethod;
import dev.ltl.planner.domain.select.SmoothingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every configuration key with its type, reference library default (§3.1) and range rule, in
 * {@code best_config.json} order (§5.5) plus {@code patch_size}. Head keys belong to the trainer:
 * they are validated and carried but do not change a plan.
 */
public final class ConfigKeys {
    public static final String NAME = "name";
    public static final String K = "k";
    public static final String LOW_RES = "low_res";
    public static final String BASE_RES = "base_res";
    public static final String HIGH_RES = "high_res";
    public static final String PATCH_SIZE = "patch_size";
    public static final String HEAD = "head";
    public static final String HEAD_HIDDEN_DIM = "head_hidden_dim";
    public static final String HEAD_DROPOUT = "head_dropout";
    public static final String RES_FEATURE = "res_feature";
    public static final String TEMPORAL_KERNEL_SIZE = "temporal_kernel_size";
    public static final String ANCHOR_SHIFT = "anchor_shift";
    public static final String ANCHOR_STD_THRESHOLD = "anchor_std_threshold";
    public static final String ANCHOR_SELECT = "anchor_select";
    public static final String ANCHOR_NMS_RADIUS = "anchor_nms_radius";
    public static final String ANCHOR_NMS_STRONG_GAP = "anchor_nms_strong_gap";
    public static final String ANCHOR_WINDOW = "anchor_window";
    public static final String ANCHOR_SMOOTH_WINDOW = "anchor_smooth_window";
    public static final String ANCHOR_SMOOTH_MODE = "anchor_smooth_mode";
    public static final String ANCHOR2_VETO_METHOD = "anchor2_veto_method";
    public static final String ANCHOR2_VETO_THRESHOLD = "anchor2_veto_threshold";
    public static final String ANCHOR2_VETO_LABEL_RADIUS = "anchor2_veto_label_radius";
    public static final String ANCHOR_GATE_METHOD = "anchor_gate_method";
    public static final String ANCHOR_GATE_THRESHOLD = "anchor_gate_threshold";
    public static final String ANCHOR_GATE_LABEL_RADIUS = "anchor_gate_label_radius";
    public static final String ANCHOR_BASE_ALLOC = "anchor_base_alloc";
    public static final String ANCHOR_CONF_METRIC = "anchor_conf_metric";
    public static final String ANCHOR_CONF_THRESHOLD = "anchor_conf_threshold";
    public static final String MAX_HIGH_ANCHORS = "max_high_anchors";
    public static final String ANCHOR_HIGH_POLICY = "anchor_high_policy";
    public static final String ANCHOR_HIGH_ADJACENT_DIST = "anchor_high_adjacent_dist";
    public static final String ANCHOR_HIGH_GAP_THRESHOLD = "anchor_high_gap_threshold";
    public static final String ANCHOR_DROP_FAR_DIST = "anchor_drop_far_dist";
    public static final String ANCHOR_FALLBACK_FAR_DIST = "anchor_fallback_far_dist";
    public static final String ANCHOR_FALLBACK_MODE = "anchor_fallback_mode";
    public static final String ANCHOR_FALLBACK_VISUAL_CONF_METRIC = "anchor_fallback_visual_conf_metric";
    public static final String ANCHOR_FALLBACK_VISUAL_CONF_THRESHOLD = "anchor_fallback_visual_conf_threshold";
    public static final String ANCHOR_HIGH_CONF_METRIC = "anchor_high_conf_metric";
    public static final String ANCHOR_HIGH_CONF_THRESHOLD = "anchor_high_conf_threshold";
    public static final String TRIAD_POLICY = "triad_policy";
    public static final String TRIAD_ALT_CONF_THRESHOLD = "triad_alt_conf_threshold";
    public static final String TRIAD_ALT_LOW_RES = "triad_alt_low_res";
    public static final String TRIAD_ALT_HIGH_RES = "triad_alt_high_res";
    public static final String TRIAD_ALT_MAX_HIGH_ANCHORS = "triad_alt_max_high_anchors";
    public static final String BUDGET_MODE = "budget_mode";
    public static final String BUDGET_EPSILON_FRAC = "budget_epsilon_frac";
    public static final String BUDGET_EXTRA_RESOLUTIONS = "budget_extra_resolutions";

    /** Why the learned gates and veto are refused: this planner serves no trained LR model. */
    private static final String NEEDS_TRAINED_MODEL =
            "it needs a logistic-regression model trained on the train split, and no trained model is served";

    /** The high-count metric may be any confidence metric except std_norm (the reference raises). */
    public static final List<String> HIGH_CONF_METRICS = ConfidenceMetrics.names().stream()
            .filter(name -> !name.equals(ConfidenceMetrics.STD_NORM)).toList();

    private static final Map<String, ConfigKey> KEYS = buildKeys();

    private ConfigKeys() {
    }

    /** All keys in canonical order. */
    public static List<ConfigKey> all() {
        return List.copyOf(KEYS.values());
    }

    /** The key named {@code name}, or null when unknown. */
    public static ConfigKey byName(String name) {
        return KEYS.get(name);
    }

    private static Map<String, ConfigKey> buildKeys() {
        List<ConfigKey> keys = new ArrayList<>();
        ValueCheck positive = atLeast(1);
        ValueCheck nonNegative = atLeast(0);
        ValueCheck metric = oneOf(ConfidenceMetrics.names());

        keys.add(string(NAME, "default", ANY));
        keys.add(integer(K, 2, nonNegative));
        keys.add(integer(LOW_RES, 112, positive));
        keys.add(integer(BASE_RES, 224, positive));
        keys.add(integer(HIGH_RES, 448, positive));
        keys.add(integer(PATCH_SIZE, 16, positive));
        keys.add(string(HEAD, "mlp", oneOf(List.of("mlp", "temporal_conv"))));
        keys.add(integer(HEAD_HIDDEN_DIM, 128, positive));
        keys.add(real(HEAD_DROPOUT, 0.0, unitInterval()));
        keys.add(string(RES_FEATURE, "none", oneOf(List.of("none", "scalar"))));
        keys.add(integer(TEMPORAL_KERNEL_SIZE, 3, oddPositive()));
        keys.add(integer(ANCHOR_SHIFT, 0, ANY));
        keys.add(real(ANCHOR_STD_THRESHOLD, 0.0, ANY));
        keys.add(string(ANCHOR_SELECT, "topk", oneOf(WireNamed.names(SelectionMethod.class))));
        keys.add(integer(ANCHOR_NMS_RADIUS, 1, nonNegative));
        keys.add(real(ANCHOR_NMS_STRONG_GAP, 0.6, atLeast(0.0)));
        keys.add(integer(ANCHOR_WINDOW, 3, positive));
        keys.add(integer(ANCHOR_SMOOTH_WINDOW, 0, nonNegative));
        keys.add(string(ANCHOR_SMOOTH_MODE, "mean", oneOf(WireNamed.names(SmoothingMode.class))));
        keys.add(string(ANCHOR2_VETO_METHOD, "none",
                oneOf(WireNamed.names(Anchor2VetoMethod.class), Map.of("lr_v1", NEEDS_TRAINED_MODEL))));
        keys.add(real(ANCHOR2_VETO_THRESHOLD, 0.5, ANY));
        keys.add(integer(ANCHOR2_VETO_LABEL_RADIUS, 1, nonNegative));
        keys.add(string(ANCHOR_GATE_METHOD, "none", oneOf(List.of("none"),
                Map.of("lr_top1hit_v1", NEEDS_TRAINED_MODEL, "lr_top1hit_all_v1", NEEDS_TRAINED_MODEL))));
        keys.add(real(ANCHOR_GATE_THRESHOLD, 0.0, ANY));
        keys.add(integer(ANCHOR_GATE_LABEL_RADIUS, 1, nonNegative));
        keys.add(string(ANCHOR_BASE_ALLOC, "distance", oneOf(BaseAllocation.names())));
        keys.add(nullable(ANCHOR_CONF_METRIC, ValueKind.STRING, metric));
        keys.add(nullable(ANCHOR_CONF_THRESHOLD, ValueKind.DOUBLE, ANY));
        keys.add(nullable(MAX_HIGH_ANCHORS, ValueKind.INT, nonNegative));
        keys.add(string(ANCHOR_HIGH_POLICY, "fixed", oneOf(WireNamed.names(HighPolicy.class))));
        keys.add(integer(ANCHOR_HIGH_ADJACENT_DIST, 1, nonNegative));
        keys.add(real(ANCHOR_HIGH_GAP_THRESHOLD, 0.0, ANY));
        keys.add(integer(ANCHOR_DROP_FAR_DIST, 0, nonNegative));
        keys.add(integer(ANCHOR_FALLBACK_FAR_DIST, 0, nonNegative));
        keys.add(string(ANCHOR_FALLBACK_MODE, "uniform", oneOf(WireNamed.names(FallbackMode.class))));
        keys.add(string(ANCHOR_FALLBACK_VISUAL_CONF_METRIC, "top1_med", metric));
        keys.add(real(ANCHOR_FALLBACK_VISUAL_CONF_THRESHOLD, 0.0, ANY));
        keys.add(nullable(ANCHOR_HIGH_CONF_METRIC, ValueKind.STRING, oneOf(HIGH_CONF_METRICS,
                Map.of(ConfidenceMetrics.STD_NORM, "the high-count policy does not accept std_norm"))));
        keys.add(real(ANCHOR_HIGH_CONF_THRESHOLD, 0.0, ANY));
        keys.add(string(TRIAD_POLICY, "fixed", oneOf(WireNamed.names(TriadPolicyKind.class))));
        keys.add(real(TRIAD_ALT_CONF_THRESHOLD, 0.0, ANY));
        keys.add(integer(TRIAD_ALT_LOW_RES, 112, positive));
        keys.add(integer(TRIAD_ALT_HIGH_RES, 448, positive));
        keys.add(integer(TRIAD_ALT_MAX_HIGH_ANCHORS, 1, nonNegative));
        keys.add(string(BUDGET_MODE, "exact", oneOf(WireNamed.names(BudgetMode.class))));
        keys.add(real(BUDGET_EPSILON_FRAC, 0.01, atLeast(0.0)));
        keys.add(new ConfigKey(BUDGET_EXTRA_RESOLUTIONS, ValueKind.INT_LIST, false, List.of(),
                eachElement(positive)));

        Map<String, ConfigKey> byName = new LinkedHashMap<>();
        keys.forEach(key -> byName.put(key.name(), key));
        return Collections.unmodifiableMap(byName);
    }

    private static ConfigKey integer(String name, int defaultValue, ValueCheck check) {
        return new ConfigKey(name, ValueKind.INT, false, defaultValue, check);
    }

    private static ConfigKey real(String name, double defaultValue, ValueCheck check) {
        return new ConfigKey(name, ValueKind.DOUBLE, false, defaultValue, check);
    }

    private static ConfigKey string(String name, String defaultValue, ValueCheck check) {
        return new ConfigKey(name, ValueKind.STRING, false, defaultValue, check);
    }

    private static ConfigKey nullable(String name, ValueKind kind, ValueCheck check) {
        return new ConfigKey(name, kind, true, null, check);
    }
}

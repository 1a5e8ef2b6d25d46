package dev.ltl.planner.domain;

import static dev.ltl.planner.domain.config.ConfigKeys.*;

import dev.ltl.planner.domain.alloc.BaseAllocation;
import dev.ltl.planner.domain.anchor.Anchor2VetoMethod;
import dev.ltl.planner.domain.anchor.FallbackMode;
import dev.ltl.planner.domain.budget.BudgetMode;
import dev.ltl.planner.domain.config.ConfigKey;
import dev.ltl.planner.domain.config.ConfigKeys;
import dev.ltl.planner.domain.config.WireNamed;
import dev.ltl.planner.domain.policy.HighPolicy;
import dev.ltl.planner.domain.policy.TriadPolicyKind;
import dev.ltl.planner.domain.select.SelectionMethod;
import dev.ltl.planner.domain.select.SmoothingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The immutable Listen-then-Look planner configuration (reference {@code P0Config}, §3.1), keyed
 * exactly like {@code best_config.json}. Missing keys take the reference library defaults;
 * unknown keys, wrong types and out-of-range values raise {@link InvalidConfigException} naming
 * the key. Getters are the keys in camelCase; name-valued keys return their reference spelling.
 */
public final class PlannerConfig {
    private static final PlannerConfig DEFAULTS = new PlannerConfig(defaultValues());

    /** Canonical values (Integer, Double, String, List&lt;Integer&gt; or null) in key order. */
    private final Map<String, Object> values;

    private PlannerConfig(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** The reference library defaults (k=2, 112/224/448, topk, distance, exact budget, ...). */
    public static PlannerConfig defaults() {
        return DEFAULTS;
    }

    /**
     * Builds a configuration from a JSON object (e.g. a parsed {@code best_config.json} or a
     * protobuf Struct converted to a map); missing keys take the defaults.
     *
     * @throws InvalidConfigException naming the first key at fault
     */
    public static PlannerConfig fromMap(Map<String, ?> json) {
        return DEFAULTS.with(json);
    }

    /** A copy with the given keys replaced; the same validation as {@link #fromMap}. */
    public PlannerConfig with(Map<String, ?> overrides) {
        Map<String, Object> merged = new LinkedHashMap<>(values);
        if (overrides != null) {
            for (Map.Entry<String, ?> entry : overrides.entrySet()) {
                ConfigKey key = ConfigKeys.byName(entry.getKey());
                if (key == null) {
                    throw new InvalidConfigException(entry.getKey(),
                            "unknown configuration key '" + entry.getKey() + "'");
                }
                merged.put(key.name(), key.accept(entry.getValue()));
            }
        }
        CrossKeyRules.check(merged);
        return new PlannerConfig(merged);
    }

    /** A copy with one key replaced. */
    public PlannerConfig with(String key, Object value) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put(key, value);
        return with(one);
    }

    /**
     * The configuration as a JSON-ready map with reference key names: Integer, Double, String,
     * a List for {@code budget_extra_resolutions}, and null for None.
     */
    public Map<String, Object> toMap() {
        return new LinkedHashMap<>(values);
    }

    private static Map<String, Object> defaultValues() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (ConfigKey key : ConfigKeys.all()) {
            defaults.put(key.name(), key.defaultValue());
        }
        return defaults;
    }

    private int integer(String key) {
        return (Integer) values.get(key);
    }

    private double real(String key) {
        return (Double) values.get(key);
    }

    private String string(String key) {
        return (String) values.get(key);
    }

    // ---- identity and triad ----
    public String name() { return string(NAME); }
    public int k() { return integer(K); }
    public int lowRes() { return integer(LOW_RES); }
    public int baseRes() { return integer(BASE_RES); }
    public int highRes() { return integer(HIGH_RES); }
    /** Patch size of the token count tok(r) = (r/P)²; the reference always uses 16 for Stage-2. */
    public int patchSize() { return integer(PATCH_SIZE); }

    // ---- head (carried for the trainer; no effect on plans) ----
    public String head() { return string(HEAD); }
    public int headHiddenDim() { return integer(HEAD_HIDDEN_DIM); }
    public double headDropout() { return real(HEAD_DROPOUT); }
    public String resFeature() { return string(RES_FEATURE); }
    public int temporalKernelSize() { return integer(TEMPORAL_KERNEL_SIZE); }

    // ---- anchor selection ----
    public int anchorShift() { return integer(ANCHOR_SHIFT); }
    public double anchorStdThreshold() { return real(ANCHOR_STD_THRESHOLD); }
    public String anchorSelect() { return string(ANCHOR_SELECT); }
    public int anchorNmsRadius() { return integer(ANCHOR_NMS_RADIUS); }
    public double anchorNmsStrongGap() { return real(ANCHOR_NMS_STRONG_GAP); }
    public int anchorWindow() { return integer(ANCHOR_WINDOW); }
    public int anchorSmoothWindow() { return integer(ANCHOR_SMOOTH_WINDOW); }
    public String anchorSmoothMode() { return string(ANCHOR_SMOOTH_MODE); }

    // ---- anchor-2 veto and learned gate ----
    public String anchor2VetoMethod() { return string(ANCHOR2_VETO_METHOD); }
    public double anchor2VetoThreshold() { return real(ANCHOR2_VETO_THRESHOLD); }
    public int anchor2VetoLabelRadius() { return integer(ANCHOR2_VETO_LABEL_RADIUS); }
    public String anchorGateMethod() { return string(ANCHOR_GATE_METHOD); }
    public double anchorGateThreshold() { return real(ANCHOR_GATE_THRESHOLD); }
    public int anchorGateLabelRadius() { return integer(ANCHOR_GATE_LABEL_RADIUS); }

    // ---- base allocation and confidence gate ----
    public String anchorBaseAlloc() { return string(ANCHOR_BASE_ALLOC); }
    /** Gate metric, or null for the legacy {@code std}. */
    public String anchorConfMetric() { return string(ANCHOR_CONF_METRIC); }
    /** Gate threshold, or null to use {@link #anchorStdThreshold()}. */
    public Double anchorConfThreshold() { return (Double) values.get(ANCHOR_CONF_THRESHOLD); }

    // ---- high-count policy ----
    /** Cap on high-resolution seconds, or null for "as many as the budget allows". */
    public Integer maxHighAnchors() { return (Integer) values.get(MAX_HIGH_ANCHORS); }
    public String anchorHighPolicy() { return string(ANCHOR_HIGH_POLICY); }
    public int anchorHighAdjacentDist() { return integer(ANCHOR_HIGH_ADJACENT_DIST); }
    public double anchorHighGapThreshold() { return real(ANCHOR_HIGH_GAP_THRESHOLD); }
    /** High-confidence demotion metric, or null to inherit {@link #anchorConfMetric()} (then std). */
    public String anchorHighConfMetric() { return string(ANCHOR_HIGH_CONF_METRIC); }
    public double anchorHighConfThreshold() { return real(ANCHOR_HIGH_CONF_THRESHOLD); }

    // ---- far rules and fallback ----
    public int anchorDropFarDist() { return integer(ANCHOR_DROP_FAR_DIST); }
    public int anchorFallbackFarDist() { return integer(ANCHOR_FALLBACK_FAR_DIST); }
    public String anchorFallbackMode() { return string(ANCHOR_FALLBACK_MODE); }
    public String anchorFallbackVisualConfMetric() { return string(ANCHOR_FALLBACK_VISUAL_CONF_METRIC); }
    public double anchorFallbackVisualConfThreshold() { return real(ANCHOR_FALLBACK_VISUAL_CONF_THRESHOLD); }

    // ---- triad policy ----
    public String triadPolicy() { return string(TRIAD_POLICY); }
    public double triadAltConfThreshold() { return real(TRIAD_ALT_CONF_THRESHOLD); }
    public int triadAltLowRes() { return integer(TRIAD_ALT_LOW_RES); }
    public int triadAltHighRes() { return integer(TRIAD_ALT_HIGH_RES); }
    public int triadAltMaxHighAnchors() { return integer(TRIAD_ALT_MAX_HIGH_ANCHORS); }

    // ---- budget ----
    public String budgetMode() { return string(BUDGET_MODE); }
    public double budgetEpsilonFrac() { return real(BUDGET_EPSILON_FRAC); }
    @SuppressWarnings("unchecked")
    public List<Integer> budgetExtraResolutions() { return (List<Integer>) values.get(BUDGET_EXTRA_RESOLUTIONS); }

    // ---- typed views of the name-valued keys (already validated) ----
    public SelectionMethod selectionMethod() { return WireNamed.of(SelectionMethod.class, anchorSelect()); }
    public SmoothingMode smoothingMode() { return WireNamed.of(SmoothingMode.class, anchorSmoothMode()); }
    public Anchor2VetoMethod anchor2Veto() { return WireNamed.of(Anchor2VetoMethod.class, anchor2VetoMethod()); }
    public BaseAllocation baseAllocation() { return BaseAllocation.parse(anchorBaseAlloc()).orElseThrow(); }
    public HighPolicy highPolicy() { return WireNamed.of(HighPolicy.class, anchorHighPolicy()); }
    public FallbackMode fallbackMode() { return WireNamed.of(FallbackMode.class, anchorFallbackMode()); }
    public TriadPolicyKind triadPolicyKind() { return WireNamed.of(TriadPolicyKind.class, triadPolicy()); }
    public BudgetMode budgetModeKind() { return WireNamed.of(BudgetMode.class, budgetMode()); }

    /** The gate metric in effect: {@code anchor_conf_metric}, or {@code std} when it is None. */
    public String effectiveConfMetric() {
        return anchorConfMetric() != null ? anchorConfMetric() : ConfidenceMetrics.STD;
    }

    /** The gate threshold in effect: {@code anchor_conf_threshold}, or the legacy std threshold. */
    public double effectiveConfThreshold() {
        return anchorConfThreshold() != null ? anchorConfThreshold() : anchorStdThreshold();
    }

    /** The high-confidence metric in effect: high metric, else gate metric, else {@code std}. */
    public String effectiveHighConfMetric() {
        return anchorHighConfMetric() != null ? anchorHighConfMetric() : effectiveConfMetric();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlannerConfig other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "PlannerConfig" + values;
    }
}

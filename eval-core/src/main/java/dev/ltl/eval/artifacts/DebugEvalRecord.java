package dev.ltl.eval.artifacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.ltl.planner.domain.PlanResult;
import dev.ltl.planner.domain.PlannerConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code debug_eval.anchored_top2[clip]} record (reference §5.6): a flat JSON object with
 * exactly the keys of {@link #KEYS}. It is kept as an ordered map because the reference record
 * is wide and mostly informational; typed getters cover what the analyses read.
 */
public final class DebugEvalRecord {
    /** The §5.6 keys in reference order. */
    public static final List<String> KEYS = List.of(
            "scores", "anchors",
            "fallback_used", "fallback_reason", "fallback_mode",
            "fallback_visual_mode_used", "fallback_visual_anchors", "fallback_visual_conf_metric",
            "fallback_visual_conf_threshold", "fallback_visual_conf_value",
            "conf_metric", "conf_value", "conf_threshold",
            "gate_method", "gate_threshold", "gate_prob", "gate_rescued", "gate_vetoed",
            "anchor_shift_used",
            "anchor2_veto_method", "anchor2_veto_threshold", "anchor2_veto_applied", "anchor2_veto_dropped",
            "anchor2_keep_prob", "anchor2_veto_score",
            "drop_far_dist_threshold", "drop_far_applied", "drop_far_actual_dist",
            "fallback_far_dist_threshold", "fallback_far_applied", "fallback_far_actual_dist",
            "eventness_autoshift",
            "max_high_anchors", "max_high_anchors_used",
            "triad_policy", "triad_alt_conf_threshold", "triad_alt_low_res", "triad_alt_high_res",
            "triad_alt_max_high_anchors", "triad_alt_used", "triad_low_res_used", "triad_high_res_used",
            "plan_resolutions");

    private final Map<String, Object> values;

    /** From a parsed JSON object; keys outside {@link #KEYS} are an error, missing keys are null. */
    @JsonCreator
    public DebugEvalRecord(Map<String, Object> json) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String key : KEYS) {
            ordered.put(key, json.get(key));
        }
        for (String key : json.keySet()) {
            if (!ordered.containsKey(key)) {
                throw new IllegalArgumentException("unknown debug_eval key '" + key + "'");
            }
        }
        this.values = Collections.unmodifiableMap(ordered);
    }

    /**
     * The record of an anchored plan. Values the planner does not expose (visual-fallback
     * confidence, learned-gate probability, anchor-2 veto details, the raw far distances,
     * autoshift) are null, because no served planner computes them; a caller that knows one can
     * add it with {@link #with}.
     */
    public static DebugEvalRecord fromPlan(double[] rawScores, PlannerConfig cfg, PlanResult plan) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("scores", toList(rawScores));
        v.put("anchors", toList(plan.anchors()));
        v.put("fallback_used", plan.fallbackUsed());
        v.put("fallback_reason", plan.fallbackReason());
        v.put("fallback_mode", cfg.anchorFallbackMode());
        boolean visualUsed = plan.fallbackUsed() && !"uniform".equals(cfg.anchorFallbackMode());
        v.put("fallback_visual_mode_used", visualUsed);
        v.put("fallback_visual_anchors", visualUsed ? toList(plan.anchors()) : null);
        v.put("fallback_visual_conf_metric", cfg.anchorFallbackVisualConfMetric());
        v.put("fallback_visual_conf_threshold", cfg.anchorFallbackVisualConfThreshold());
        v.put("conf_metric", plan.confMetric());
        v.put("conf_value", plan.confValue());
        v.put("conf_threshold", cfg.effectiveConfThreshold());
        v.put("gate_method", cfg.anchorGateMethod());
        v.put("gate_threshold", cfg.anchorGateThreshold());
        v.put("gate_rescued", false);
        v.put("gate_vetoed", false);
        v.put("anchor_shift_used", cfg.anchorShift());
        v.put("anchor2_veto_method", cfg.anchor2VetoMethod());
        v.put("anchor2_veto_threshold", cfg.anchor2VetoThreshold());
        v.put("drop_far_dist_threshold", cfg.anchorDropFarDist());
        v.put("fallback_far_dist_threshold", cfg.anchorFallbackFarDist());
        v.put("fallback_far_applied", "far_anchor_dist".equals(plan.fallbackReason()));
        v.put("max_high_anchors", plan.maxHighAnchors());
        v.put("max_high_anchors_used", plan.maxHighAnchorsUsed());
        v.put("triad_policy", cfg.triadPolicy());
        v.put("triad_alt_conf_threshold", cfg.triadAltConfThreshold());
        v.put("triad_alt_low_res", cfg.triadAltLowRes());
        v.put("triad_alt_high_res", cfg.triadAltHighRes());
        v.put("triad_alt_max_high_anchors", cfg.triadAltMaxHighAnchors());
        boolean altUsed = !"fixed".equals(cfg.triadPolicy())
                && (plan.lowResUsed() != cfg.lowRes() || plan.highResUsed() != cfg.highRes());
        v.put("triad_alt_used", altUsed);
        v.put("triad_low_res_used", plan.lowResUsed());
        v.put("triad_high_res_used", plan.highResUsed());
        v.put("plan_resolutions", toList(plan.resolutions()));
        return new DebugEvalRecord(v);
    }

    /** A copy with one §5.6 key set. */
    public DebugEvalRecord with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new DebugEvalRecord(copy);
    }

    /** The JSON object (all keys, reference order). */
    @JsonValue
    public Map<String, Object> asMap() {
        return values;
    }

    /** Raw Stage-1 scores. */
    public double[] scores() {
        return numbers("scores").stream().mapToDouble(Number::doubleValue).toArray();
    }

    /** Final anchors. */
    public int[] anchors() {
        return numbers("anchors").stream().mapToInt(Number::intValue).toArray();
    }

    /** Per-second plan resolutions. */
    public int[] planResolutions() {
        return numbers("plan_resolutions").stream().mapToInt(Number::intValue).toArray();
    }

    public boolean fallbackUsed() {
        return Boolean.TRUE.equals(values.get("fallback_used"));
    }

    /** Null when the clip did not fall back (or the reason was not recorded). */
    public String fallbackReason() {
        return (String) values.get("fallback_reason");
    }

    /** The gate metric's value on the raw scores, NaN when absent. */
    public double confValue() {
        Object v = values.get("conf_value");
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    @SuppressWarnings("unchecked")
    private List<Number> numbers(String key) {
        Object v = values.get(key);
        return v == null ? List.of() : (List<Number>) v;
    }

    private static List<Double> toList(double[] a) {
        return Arrays.stream(a).boxed().toList();
    }

    private static List<Integer> toList(int[] a) {
        return new ArrayList<>(Arrays.stream(a).boxed().toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DebugEvalRecord other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "DebugEvalRecord" + values;
    }
}

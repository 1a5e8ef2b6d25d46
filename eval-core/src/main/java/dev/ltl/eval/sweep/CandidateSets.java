package dev.ltl.eval.sweep;

import static dev.ltl.eval.sweep.PythonNames.threshold;

import dev.ltl.planner.domain.PlannerConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The sweep candidate sets of reference §3.9, each a list of full {@code best_config.json}
 * configs in the reference's emission order (outer loop = the first grid axis listed).
 */
public final class CandidateSets {
    public static final String LTL_TOP1MED_V1 = "ltl_top1med_v1";
    public static final String LTL_TOP1MED_NORM_V1 = "ltl_top1med_norm_v1";
    public static final String LTL_GINI_V2 = "ltl_gini_v2";
    public static final String LTL_ADAPTIVE_KEEPADJ_V1 = "ltl_adaptive_keepadj_v1";
    public static final String LTL_GINI_KEEPADJ_V1 = "ltl_gini_keepadj_v1";
    public static final String LTL_GINI_KEEPADJ_HCONF_V1 = "ltl_gini_keepadj_hconf_v1";
    public static final String ENERGY_V2 = "energy_v2";

    private static final Map<String, Supplier<List<Candidate>>> SETS = new LinkedHashMap<>();

    static {
        SETS.put(LTL_TOP1MED_V1, CandidateSets::top1medV1);
        SETS.put(LTL_TOP1MED_NORM_V1, CandidateSets::top1medNormV1);
        SETS.put(LTL_GINI_V2, CandidateSets::giniV2);
        SETS.put(LTL_ADAPTIVE_KEEPADJ_V1, CandidateSets::adaptiveKeepadjV1);
        SETS.put(LTL_GINI_KEEPADJ_V1, CandidateSets::giniKeepadjV1);
        SETS.put(LTL_GINI_KEEPADJ_HCONF_V1, CandidateSets::giniKeepadjHconfV1);
        SETS.put(ENERGY_V2, CandidateSets::energyV2);
    }

    private CandidateSets() {
    }

    /** The names of the sets implemented here. */
    public static List<String> names() {
        return List.copyOf(SETS.keySet());
    }

    /**
     * The candidates of a set, in emission order.
     *
     * @throws IllegalArgumentException for a set that is not implemented
     */
    public static List<Candidate> forName(String setName) {
        Supplier<List<Candidate>> set = SETS.get(setName);
        if (set == null) {
            throw new IllegalArgumentException("unknown candidate set '" + setName + "'; known: " + names());
        }
        return set.get();
    }

    /**
     * The common base of the {@code ltl_*} families (§3.9): k 2, 160/224/352, temporal_conv k3
     * h128 p0, topk, nms radius 2, strong gap 0.6, window 3, no smoothing, distance, no cap,
     * adj 1, gap 0, exact budget, no far rules, uniform fallback, no gate/veto, fixed triad.
     * Keys not listed keep the library defaults of §3.1.
     */
    public static Map<String, Object> commonBase() {
        Map<String, Object> base = BestConfigKeys.toJsonMap(PlannerConfig.defaults());
        base.put("k", 2);
        base.put("low_res", 160);
        base.put("base_res", 224);
        base.put("high_res", 352);
        base.put("head", "temporal_conv");
        base.put("head_hidden_dim", 128);
        base.put("head_dropout", 0.0);
        base.put("res_feature", "none");
        base.put("temporal_kernel_size", 3);
        base.put("anchor_shift", 0);
        base.put("anchor_std_threshold", 0.0);
        base.put("anchor_select", "topk");
        base.put("anchor_nms_radius", 2);
        base.put("anchor_nms_strong_gap", 0.6);
        base.put("anchor_window", 3);
        base.put("anchor_smooth_window", 0);
        base.put("anchor_smooth_mode", "mean");
        base.put("anchor_base_alloc", "distance");
        base.put("max_high_anchors", null);
        base.put("anchor_high_policy", "fixed");
        base.put("anchor_high_adjacent_dist", 1);
        base.put("anchor_high_gap_threshold", 0.0);
        base.put("anchor_drop_far_dist", 0);
        base.put("anchor_fallback_far_dist", 0);
        base.put("anchor_fallback_mode", "uniform");
        base.put("anchor2_veto_method", "none");
        base.put("anchor_gate_method", "none");
        base.put("triad_policy", "fixed");
        base.put("budget_mode", "exact");
        base.put("budget_extra_resolutions", List.of());
        return base;
    }

    private static Candidate candidate(String name, Map<String, Object> overrides) {
        Map<String, Object> config = commonBase();
        config.putAll(overrides);
        config.put("name", name);
        PlannerConfig.fromMap(config); // fail fast on a key or value the planner rejects
        return new Candidate(name, config);
    }

    /** A conf-gated config: the metric's threshold is the gate and the legacy std gate is 0. */
    private static Map<String, Object> gated(String metric, double thr, String policy, int shift) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("anchor_conf_metric", metric);
        o.put("anchor_conf_threshold", thr);
        o.put("anchor_std_threshold", 0.0);
        o.put("anchor_high_policy", policy);
        o.put("anchor_shift", shift);
        return o;
    }

    private static List<Candidate> top1medV1() {
        List<Candidate> out = new ArrayList<>();
        for (double thr : new double[] {0.4, 0.5, 0.6, 0.7, 0.8}) {
            for (int shift : new int[] {0, 1}) {
                out.add(candidate("ltltop1med_thr" + threshold(thr) + "_shift" + shift,
                        gated("top1_med", thr, "adaptive_v1", shift)));
            }
        }
        return out;
    }

    private static List<Candidate> top1medNormV1() {
        List<Candidate> out = new ArrayList<>();
        for (double thr : new double[] {0.5, 0.6, 0.7}) {
            for (int shift : new int[] {0, 1}) {
                out.add(candidate("ltltop1medn_thr" + threshold(thr) + "_shift" + shift,
                        gated("top1_med_norm", thr, "adaptive_v1", shift)));
            }
        }
        return out;
    }

    private static List<Candidate> giniV2() {
        List<Candidate> out = new ArrayList<>();
        for (double thr : new double[] {0.35, 0.40, 0.45, 0.50}) {
            for (int shift : new int[] {0, 1}) {
                out.add(candidate("ltlgini2_gini" + threshold(thr) + "_shift" + shift,
                        gated("gini", thr, "fixed", shift)));
            }
        }
        return out;
    }

    /** No conf metric: the legacy std gate ({@code anchor_std_threshold}) is the gate. */
    private static List<Candidate> adaptiveKeepadjV1() {
        List<Candidate> out = new ArrayList<>();
        for (double std : new double[] {0.45, 0.50, 0.55, 0.60}) {
            for (int shift : new int[] {0, 1}) {
                for (int adj : new int[] {1, 2}) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("anchor_conf_metric", null);
                    o.put("anchor_conf_threshold", null);
                    o.put("anchor_std_threshold", std);
                    o.put("anchor_high_policy", "adaptive_v3");
                    o.put("anchor_high_adjacent_dist", adj);
                    o.put("anchor_shift", shift);
                    out.add(candidate("ltlkeepadj_adj" + adj + "_shift" + shift + "_std" + threshold(std), o));
                }
            }
        }
        return out;
    }

    private static List<Candidate> giniKeepadjV1() {
        List<Candidate> out = new ArrayList<>();
        for (double thr : new double[] {0.40, 0.45, 0.50}) {
            for (int shift : new int[] {0, 1}) {
                for (int dropFar : new int[] {0, 1}) {
                    Map<String, Object> o = gated("gini", thr, "adaptive_v3", shift);
                    o.put("anchor_high_adjacent_dist", 1);
                    o.put("anchor_drop_far_dist", dropFar);
                    out.add(candidate("ltlgini_keepadj_df" + dropFar + "_gini" + threshold(thr)
                            + "_shift" + shift, o));
                }
            }
        }
        return out;
    }

    /** The family of the resolved final winner {@code ltlgini_keepadj_gini0p45_hconf0p5}. */
    private static List<Candidate> giniKeepadjHconfV1() {
        List<Candidate> out = new ArrayList<>();
        for (double thr : new double[] {0.40, 0.45}) {
            for (double hconf : new double[] {0.0, 0.50, 0.55}) {
                Map<String, Object> o = gated("gini", thr, "adaptive_v3", 0);
                o.put("anchor_high_adjacent_dist", 1);
                o.put("anchor_drop_far_dist", 1);
                o.put("anchor_high_conf_metric", "gini");
                o.put("anchor_high_conf_threshold", hconf);
                out.add(candidate("ltlgini_keepadj_gini" + threshold(thr) + "_hconf" + threshold(hconf), o));
            }
        }
        return out;
    }

    /**
     * {@code energy_v2}: shift 1, std gate, fixed policy unless stated. [AMBIG] The reference
     * table gives the ten variants but not their names nor their base; we use the ltl common base
     * (160/224/352, temporal_conv k3) and the descriptive names below.
     */
    private static List<Candidate> energyV2() {
        List<Candidate> out = new ArrayList<>();
        out.add(energy("energyv2_std1p0_topk", 1.0, 2, "topk", 3, "fixed", 1));
        out.add(energy("energyv2_std0p0_topk", 0.0, 2, "topk", 3, "fixed", 1));
        out.add(energy("energyv2_std0p0_nms", 0.0, 2, "nms", 3, "fixed", 1));
        out.add(energy("energyv2_std0p0_window3", 0.0, 2, "window_topk", 3, "fixed", 1));
        out.add(energy("energyv2_std0p0_window5", 0.0, 2, "window_topk", 5, "fixed", 1));
        out.add(energy("energyv2_std0p0_adaptive_adj1", 0.0, 2, "topk", 3, "adaptive_v1", 1));
        out.add(energy("energyv2_std0p0_adaptive_adj2", 0.0, 2, "topk", 3, "adaptive_v1", 2));
        out.add(energy("energyv2_k5_nms", 0.0, 5, "nms", 3, "fixed", 1));
        out.add(energy("energyv2_k5_nms_adaptive_adj2", 0.0, 5, "nms", 3, "adaptive_v1", 2));
        Map<String, Object> extreme = energyOverrides(0.0, 2, "nms", 3, "fixed", 1);
        extreme.put("low_res", 112);
        extreme.put("high_res", 448);
        out.add(candidate("energyv2_extreme_112_224_448_nms", extreme));
        return out;
    }

    private static Candidate energy(String name, double std, int k, String select, int window,
                                    String policy, int adj) {
        return candidate(name, energyOverrides(std, k, select, window, policy, adj));
    }

    private static Map<String, Object> energyOverrides(double std, int k, String select, int window,
                                                       String policy, int adj) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("anchor_shift", 1);
        o.put("anchor_conf_metric", null);
        o.put("anchor_conf_threshold", null);
        o.put("anchor_std_threshold", std);
        o.put("k", k);
        o.put("anchor_select", select);
        o.put("anchor_window", window);
        o.put("anchor_high_policy", policy);
        o.put("anchor_high_adjacent_dist", adj);
        return o;
    }
}

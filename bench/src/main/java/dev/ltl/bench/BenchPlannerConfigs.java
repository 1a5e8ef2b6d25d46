package dev.ltl.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The planner configurations the benchmarks plan with, as {@code best_config.json}-style maps
 * (reference key names), so the same map feeds {@code PlannerConfig.fromMap} in-process and the
 * {@code config} Struct of a gRPC {@code PlanRequest}.
 */
public final class BenchPlannerConfigs {

    /** JMH parameter value for the resolved final winner (spec §3.9). */
    public static final String FINAL_WINNER = "final_winner";
    /** JMH parameter value for the same pipeline planned by the ε-band DP with an extra 112 option. */
    public static final String BAND = "band";

    private BenchPlannerConfigs() {
    }

    /** The configuration named by a JMH parameter value ({@link #FINAL_WINNER} or {@link #BAND}). */
    public static Map<String, Object> byName(String name) {
        return switch (name) {
            case FINAL_WINNER -> finalWinner();
            case BAND -> band();
            default -> throw new IllegalArgumentException(
                    "unknown benchmark config '" + name + "'; expected " + FINAL_WINNER + " or " + BAND);
        };
    }

    /**
     * {@code ltlgini_keepadj_gini0p45_hconf0p5}: gini gate 0.45, shift 0, topk, drop-far 1,
     * adaptive_v3 with adjacency 1, high-confidence gini 0.5, distance allocation, 160/224/352.
     */
    public static Map<String, Object> finalWinner() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", "ltlgini_keepadj_gini0p45_hconf0p5");
        config.put("k", 2);
        config.put("low_res", 160);
        config.put("base_res", 224);
        config.put("high_res", 352);
        config.put("head", "temporal_conv");
        config.put("head_hidden_dim", 128);
        config.put("temporal_kernel_size", 3);
        config.put("anchor_shift", 0);
        config.put("anchor_std_threshold", 0.0);
        config.put("anchor_select", "topk");
        config.put("anchor_base_alloc", "distance");
        config.put("anchor_conf_metric", "gini");
        config.put("anchor_conf_threshold", 0.45);
        config.put("anchor_high_policy", "adaptive_v3");
        config.put("anchor_high_adjacent_dist", 1);
        config.put("anchor_drop_far_dist", 1);
        config.put("anchor_high_conf_metric", "gini");
        config.put("anchor_high_conf_threshold", 0.5);
        config.put("budget_mode", "exact");
        return config;
    }

    /** The final winner planned in band mode with 112 as an extra option (exercises the band DP). */
    public static Map<String, Object> band() {
        Map<String, Object> config = finalWinner();
        config.put("name", "ltlgini_keepadj_gini0p45_hconf0p5_band112");
        config.put("budget_mode", "band");
        config.put("budget_extra_resolutions", List.of(112));
        return config;
    }
}

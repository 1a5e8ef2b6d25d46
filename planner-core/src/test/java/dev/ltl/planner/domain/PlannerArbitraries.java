package dev.ltl.planner.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators over the valid configuration space and over clips of 1..30 seconds. */
final class PlannerArbitraries {
    /** Triads with an exact solution: ρ = 4, 5 and 3. */
    static final List<int[]> EXACT_TRIADS = List.of(
            new int[] {160, 224, 352}, new int[] {112, 224, 448}, new int[] {16, 48, 80});
    /** Triads for band mode, including ones exact mode rejects. */
    static final List<int[]> BAND_TRIADS = List.of(
            new int[] {160, 224, 352}, new int[] {112, 224, 448}, new int[] {112, 160, 224},
            new int[] {160, 224, 320}, new int[] {224, 352, 448}, new int[] {112, 224, 352});

    private PlannerArbitraries() {
    }

    /** A clip: N in 1..30 scores and N visual scores. */
    record Clip(double[] scores, double[] visual, int[] labels, long seed) {
        int n() {
            return scores.length;
        }

        @Override
        public String toString() {
            return "Clip[scores=" + Arrays.toString(scores) + ", visual=" + Arrays.toString(visual)
                    + ", labels=" + Arrays.toString(labels) + ", seed=" + seed + "]";
        }
    }

    static Arbitrary<Clip> clips() {
        return Arbitraries.integers().between(1, 30).flatMap(n -> Combinators.combine(
                scoreVector(n), scoreVector(n),
                Arbitraries.integers().between(0, 2).array(int[].class).ofSize(n),
                Arbitraries.longs().between(-1000, 1000)).as(Clip::new));
    }

    /** Mostly distinct values, sometimes heavy ties (coarse grid), sometimes log-energy-like. */
    private static Arbitrary<double[]> scoreVector(int n) {
        Arbitrary<Double> unit = Arbitraries.doubles().between(0, 1);
        Arbitrary<Double> coarse = Arbitraries.integers().between(0, 3).map(i -> i / 3.0);
        Arbitrary<Double> logEnergy = Arbitraries.doubles().between(-12, 0);
        return Arbitraries.oneOf(unit.list().ofSize(n), coarse.list().ofSize(n), logEnergy.list().ofSize(n))
                .map(list -> list.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Anchor-stage knobs shared by both budget modes. */
    private static Map<String, Arbitrary<?>> anchorKnobs() {
        Map<String, Arbitrary<?>> knobs = new LinkedHashMap<>();
        knobs.put("k", Arbitraries.integers().between(0, 4));
        knobs.put("anchor_select", Arbitraries.of("topk", "nms", "nms_strong", "adjacent_top2", "window_topk"));
        knobs.put("anchor_nms_radius", Arbitraries.integers().between(0, 3));
        knobs.put("anchor_nms_strong_gap", Arbitraries.of(0.0, 0.1, 0.6));
        knobs.put("anchor_window", Arbitraries.of(1, 3, 5));
        knobs.put("anchor_smooth_window", Arbitraries.of(0, 1, 3, 5));
        knobs.put("anchor_smooth_mode", Arbitraries.of("mean", "sum"));
        knobs.put("anchor_shift", Arbitraries.integers().between(-2, 2));
        knobs.put("anchor_base_alloc", Arbitraries.of(
                "distance", "balanced", "bridge", "score", "farthest", "mixed",
                "distance_high", "balanced_high", "bridge_high", "score_high", "farthest_high", "mixed_high"));
        knobs.put("anchor_high_policy", Arbitraries.of("fixed", "adaptive_v1", "adaptive_v2", "adaptive_v3"));
        knobs.put("anchor_high_adjacent_dist", Arbitraries.integers().between(0, 3));
        knobs.put("anchor_high_gap_threshold", Arbitraries.of(0.0, 0.1, 0.3));
        knobs.put("anchor_high_conf_metric", Arbitraries.of("std", "top1_med", "top1_med_norm", "top12_gap",
                "top12_gap_norm", "top3_bottom3_gap_norm", "gini").injectNull(0.3));
        knobs.put("anchor_high_conf_threshold", Arbitraries.of(0.0, 0.3, 0.5));
        knobs.put("anchor_conf_metric", Arbitraries.of("std", "top1_med", "top1_med_norm", "top12_gap",
                "top12_gap_norm", "top3_bottom3_gap_norm", "gini").injectNull(0.3));
        knobs.put("anchor_conf_threshold", Arbitraries.of(0.0, 0.2, 0.45, 0.6).injectNull(0.3));
        knobs.put("anchor_std_threshold", Arbitraries.of(0.0, 0.3));
        knobs.put("anchor_drop_far_dist", Arbitraries.integers().between(0, 2));
        knobs.put("anchor_fallback_far_dist", Arbitraries.integers().between(0, 3));
        knobs.put("max_high_anchors", Arbitraries.integers().between(0, 3).injectNull(0.4));
        knobs.put("anchor2_veto_method", Arbitraries.of("none", "top2med_norm_v1"));
        knobs.put("anchor2_veto_threshold", Arbitraries.of(0.2, 0.5, 0.8));
        knobs.put("anchor_fallback_mode", Arbitraries.of("uniform", "cheap_visual_clipdiff", "cheap_visual_framediff"));
        knobs.put("anchor_fallback_visual_conf_threshold", Arbitraries.of(0.0, 0.5));
        return knobs;
    }

    /** Exact-mode configurations on triads that have an exact solution. */
    static Arbitrary<PlannerConfig> exactConfigs() {
        Map<String, Arbitrary<?>> knobs = anchorKnobs();
        knobs.put("budget_mode", Arbitraries.of("exact", "auto"));
        return withTriad(knobs, Arbitraries.of(EXACT_TRIADS));
    }

    /** Band-mode configurations, any triad, any extras, any ε. */
    static Arbitrary<PlannerConfig> bandConfigs() {
        Map<String, Arbitrary<?>> knobs = anchorKnobs();
        knobs.put("budget_mode", Arbitraries.just("band"));
        knobs.put("budget_epsilon_frac", Arbitraries.of(0.0, 0.01, 0.05, 0.2));
        knobs.put("budget_extra_resolutions",
                Arbitraries.of(112, 160, 192, 208, 224, 352).list().ofMaxSize(3).uniqueElements());
        return withTriad(knobs, Arbitraries.of(BAND_TRIADS));
    }

    /**
     * Adds the triad; a tiered triad policy (whose alt triad is 112/448 around base 224) is only
     * combined with base-224 triads so that the alt triad is feasible too.
     */
    private static Arbitrary<PlannerConfig> withTriad(Map<String, Arbitrary<?>> knobs, Arbitrary<int[]> triads) {
        List<String> keys = new ArrayList<>(knobs.keySet());
        List<Arbitrary<Object>> values = new ArrayList<>();
        knobs.values().forEach(a -> values.add(a.map(v -> (Object) v)));
        Arbitrary<Map<String, Object>> base = Combinators.combine(values).as(list -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                m.put(keys.get(i), list.get(i));
            }
            return m;
        });
        Arbitrary<Double> tierThreshold = Arbitraries.of(0.0, 0.2, 0.5);
        return Combinators.combine(base, triads, Arbitraries.of(false, true), tierThreshold)
                .as((m, triad, tiered, threshold) -> {
                    m.put("low_res", triad[0]);
                    m.put("base_res", triad[1]);
                    m.put("high_res", triad[2]);
                    if (tiered && triad[1] == 224) {
                        m.put("triad_policy", "top1med_tiered_v1");
                        m.put("triad_alt_conf_threshold", threshold);
                    }
                    return PlannerConfig.fromMap(m);
                });
    }
}

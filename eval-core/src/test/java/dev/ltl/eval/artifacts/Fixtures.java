package dev.ltl.eval.artifacts;

import dev.ltl.planner.domain.ListenThenLookPlanner;
import dev.ltl.planner.domain.PlanInput;
import dev.ltl.planner.domain.PlanResult;
import dev.ltl.planner.domain.PlannerConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built runs shared by the artifact tests. */
public final class Fixtures {
    public static final double[] SCORES_A = {0.1, 0.9, 0.85, 0.2, 0.3, 0.7, 0.1, 0.05, 0.6, 0.2};
    public static final double[] SCORES_FLAT = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
    public static final double[] SCORES_FAR = {0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.8, 0.1};

    private Fixtures() {
    }

    /** A std-gated 160/224/352 config (gate 0.2, so the flat clip falls back). */
    public static PlannerConfig config() {
        return PlannerConfig.fromMap(Map.of("low_res", 160, "high_res", 352, "anchor_std_threshold", 0.2,
                "head", "temporal_conv"));
    }

    public static DebugEvalRecord debug(double[] scores) {
        PlanResult plan = new ListenThenLookPlanner().plan(PlanInput.anchored(scores, config()));
        return DebugEvalRecord.fromPlan(scores, config(), plan);
    }

    public static BaselineResult result(double acc, double... bySample) {
        List<Double> event = new ArrayList<>();
        for (double v : bySample) {
            event.add(v);
        }
        event.set(event.size() - 1, null); // the last clip has no event second
        return new BaselineResult(acc, acc, Arrays.stream(bySample).boxed().toList(), event, 1960);
    }

    /**
     * Two seeds, eval ids [c1, c2, c3] with c1's δ = +0.1, c2's δ = −0.1 (seed-averaged),
     * c3's δ = 0.
     */
    public static MetricsJson metrics() {
        List<SeedResult> seeds = List.of(
                new SeedResult(0, Map.of("uniform", result(0.6, 0.5, 0.7, 0.6),
                        "random_top2", result(0.55, 0.5, 0.6, 0.55),
                        "anchored_top2", result(0.62, 0.6, 0.6, 0.6))),
                new SeedResult(1, Map.of("uniform", result(0.64, 0.6, 0.7, 0.6),
                        "random_top2", result(0.6, 0.6, 0.6, 0.6),
                        "anchored_top2", result(0.66, 0.7, 0.6, 0.6))));
        Map<String, TokenUsage> usage = new LinkedHashMap<>();
        for (String b : List.of("uniform", "random_top2", "anchored_top2")) {
            usage.put(b, TokenUsage.of(new long[] {1960, 1960}, new long[] {1960, 1960, 1960}));
        }
        Map<String, DebugEvalRecord> debug = new LinkedHashMap<>();
        debug.put("c2", debug(SCORES_FLAT));
        debug.put("c1", debug(SCORES_A));
        debug.put("c3", debug(SCORES_FAR));
        return MetricsAssembler.assemble(List.of("uniform", "random_top2", "anchored_top2"), 1960, usage, seeds,
                debug, List.of("c1", "c2", "c3"));
    }
}

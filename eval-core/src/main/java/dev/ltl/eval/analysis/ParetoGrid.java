package dev.ltl.eval.analysis;

import dev.ltl.eval.artifacts.MetricsJson;
import dev.ltl.eval.stats.MeanStd;
import dev.ltl.planner.domain.PlannerConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Pareto grid over triads (§5.12, E0330) as pure functions of finished runs: per-triad
 * configs (budget mode {@code auto}, band ε 0.05), the report points of one run, and the
 * non-dominated front (fewer tokens, higher accuracy).
 */
public final class ParetoGrid {
    /** Band defaults of the Pareto runner. */
    public static final double BAND_EPSILON = 0.05;
    public static final List<Integer> DEFAULT_EXTRAS = List.of(112, 160, 224, 352);
    /** The extras the E0330 script passes (the high resolution is removed by the planner). */
    public static final List<Integer> E0330_EXTRAS = List.of(112, 160, 224, 352, 448);

    /** Baseline → report method name, in report order. */
    private static final Map<String, String> METHODS = new LinkedHashMap<>();

    static {
        METHODS.put("uniform", "uniform");
        METHODS.put("random_top2", "random");
        METHODS.put("anchored_top2", "predicted");
        METHODS.put("oracle_top2", "oracle");
    }

    private ParetoGrid() {
    }

    /**
     * The run config for one triad: the base config with the triad, budget mode {@code auto},
     * ε 0.05 and the given extras. [AMBIG] the reference removes the high resolution from the
     * extras; we do the same here so the config is explicit.
     */
    public static PlannerConfig configForTriad(PlannerConfig base, Triad triad, List<Integer> extras) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("low_res", triad.lowRes());
        o.put("base_res", triad.baseRes());
        o.put("high_res", triad.highRes());
        o.put("budget_mode", "auto");
        o.put("budget_epsilon_frac", BAND_EPSILON);
        o.put("budget_extra_resolutions", extras.stream().filter(r -> r != triad.highRes()).toList());
        return base.with(o);
    }

    /**
     * The points of one triad run (uniform, random, predicted, oracle, as present), plus the
     * {@code cheap_visual} point from its anchored_top2 when a cheap-visual run is given.
     */
    public static List<ParetoPoint> points(Triad triad, MetricsJson predicted, String predictedPath,
                                           String anchorSource, MetricsJson cheapVisual, String cheapVisualPath) {
        List<ParetoPoint> out = new ArrayList<>();
        METHODS.forEach((baseline, method) -> {
            if (predicted.summary().containsKey(baseline)) {
                out.add(point(method, baseline, triad, predicted, predictedPath,
                        method.equals("predicted") ? anchorSource : null));
            }
        });
        if (cheapVisual != null && cheapVisual.summary().containsKey("anchored_top2")) {
            out.add(point("cheap_visual", "anchored_top2", triad, cheapVisual, cheapVisualPath, null));
        }
        return out;
    }

    private static ParetoPoint point(String method, String baseline, Triad triad, MetricsJson m, String path,
                                     String anchorSource) {
        MeanStd acc = m.summary().get(baseline);
        double tokens = m.tokenUsage().get(baseline).eval().mean();
        return new ParetoPoint(method, tokens, acc.mean(), acc.std(), triad.label(), path, anchorSource);
    }

    /** The non-dominated points, by ascending tokens (ties: higher accuracy first). */
    public static List<ParetoPoint> front(List<ParetoPoint> points) {
        return points.stream()
                .filter(p -> points.stream().noneMatch(q -> q.dominates(p)))
                .sorted(Comparator.comparingDouble(ParetoPoint::tokenBudget)
                        .thenComparing(Comparator.comparingDouble(ParetoPoint::accMean).reversed()))
                .toList();
    }
}

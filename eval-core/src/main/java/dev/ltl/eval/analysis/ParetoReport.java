package dev.ltl.eval.analysis;

import java.util.List;

/**
 * {@code pareto_report.json} (§5.12): the points of every triad run and one line per run.
 *
 * @param points every point, in run order
 * @param runs   per triad: the triad, the budget mode {@code auto} resolved to, and metrics paths
 */
public record ParetoReport(List<ParetoPoint> points, List<Run> runs) {

    /** One {@code runs[]} line; {@code cheap_visual_metrics} is null without a cheap-visual run. */
    public record Run(TriadJson triad, String budgetModeUsed, String predictedMetrics, String cheapVisualMetrics) {
    }

    /** {@code triad{low_res, base_res, high_res}}. */
    public record TriadJson(int lowRes, int baseRes, int highRes) {
        /** From a triad. */
        public static TriadJson of(Triad t) {
            return new TriadJson(t.lowRes(), t.baseRes(), t.highRes());
        }
    }

    public ParetoReport {
        points = List.copyOf(points);
        runs = List.copyOf(runs);
    }
}

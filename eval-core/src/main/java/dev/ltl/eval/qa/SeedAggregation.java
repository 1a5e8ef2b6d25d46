package dev.ltl.eval.qa;

import dev.ltl.eval.artifacts.ArtifactJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The multi-seed aggregator (spec §4): several QA {@code metrics.json} of one configuration run
 * with different seeds → per method accuracy and {@code delta_vs_uniform} mean, std and t-based
 * CI95 across seeds ({@link AcrossRuns}). Runs must share the budget; a method absent from a run
 * (or with no rows there) is summarised over the runs that have it.
 *
 * @param seeds          the runs' seeds in input order
 * @param budgetFrames   the shared budget
 * @param methods        methods in first-seen order
 * @param acc            per method, accuracy across runs
 * @param deltaVsUniform per non-uniform method, the mean paired difference across runs
 */
public record SeedAggregation(List<Long> seeds, int budgetFrames, List<String> methods,
                              Map<String, AcrossRuns> acc, Map<String, AcrossRuns> deltaVsUniform) {

    /** The conventional file name. */
    public static final String FILE_NAME = "seed_aggregate.json";

    /** Aggregates the given metrics files. */
    public static SeedAggregation ofFiles(List<Path> metricsFiles) {
        return aggregate(metricsFiles.stream().map(QaMetricsJson::read).toList());
    }

    /** Aggregates runs of one budget. */
    public static SeedAggregation aggregate(List<QaMetricsJson> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to aggregate");
        }
        int budget = runs.get(0).budgetFrames();
        if (runs.stream().anyMatch(r -> r.budgetFrames() != budget)) {
            throw new IllegalArgumentException("runs differ in budget_frames; use BudgetCurve for a budget sweep");
        }
        List<String> methods = methodsOf(runs);
        Map<String, AcrossRuns> acc = new LinkedHashMap<>();
        Map<String, AcrossRuns> delta = new LinkedHashMap<>();
        for (String method : methods) {
            double[] accs = accuracies(runs, method);
            if (accs.length > 0) {
                acc.put(method, AcrossRuns.of(accs));
            }
            double[] deltas = runs.stream().map(r -> r.deltaVsUniform().get(method))
                    .filter(d -> d != null && d.n() > 0).mapToDouble(BootstrapDelta::mean).toArray();
            if (deltas.length > 0) {
                delta.put(method, AcrossRuns.of(deltas));
            }
        }
        return new SeedAggregation(runs.stream().map(QaMetricsJson::seed).toList(), budget, methods, acc, delta);
    }

    /** Writes the JSON atomically. */
    public void write(Path file) {
        ArtifactJson.write(file, this);
    }

    /** Methods of the runs, first-seen order. */
    static List<String> methodsOf(List<QaMetricsJson> runs) {
        Set<String> methods = new LinkedHashSet<>();
        runs.forEach(r -> methods.addAll(r.methods()));
        return new ArrayList<>(methods);
    }

    /** The method's accuracy in each run that has rows for it. */
    static double[] accuracies(List<QaMetricsJson> runs, String method) {
        return runs.stream().flatMap(r -> r.summary().stream())
                .filter(s -> s.method().equals(method) && s.n() > 0)
                .mapToDouble(MethodSummary::acc).toArray();
    }
}

package dev.ltl.eval.qa;

import dev.ltl.eval.artifacts.ArtifactJson;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The budget-curve aggregator (spec §4): QA {@code metrics.json} files at several budgets (one or
 * more seeds each) → per method and budget the accuracy mean/std/CI95 across that budget's runs,
 * and {@code budget_curve.png} ({@link BudgetCurvePlot}).
 *
 * @param budgets  budgets, ascending
 * @param methods  methods in first-seen order
 * @param byMethod per method, its points in ascending budget (budgets where it has no rows left out)
 */
public record BudgetCurve(List<Integer> budgets, List<String> methods, Map<String, List<Point>> byMethod) {

    /** The conventional file names. */
    public static final String JSON_FILE_NAME = "budget_curve.json";
    /** The plot's conventional file name. */
    public static final String PNG_FILE_NAME = "budget_curve.png";

    /** One budget's accuracy across its runs. */
    public record Point(int budgetFrames, AcrossRuns acc) {
    }

    /** The curve of the given metrics files. */
    public static BudgetCurve ofFiles(List<Path> metricsFiles) {
        return compute(metricsFiles.stream().map(QaMetricsJson::read).toList());
    }

    /** The curve of the given runs. */
    public static BudgetCurve compute(List<QaMetricsJson> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs for a budget curve");
        }
        Map<Integer, List<QaMetricsJson>> byBudget = runs.stream()
                .collect(Collectors.groupingBy(QaMetricsJson::budgetFrames, TreeMap::new, Collectors.toList()));
        List<String> methods = SeedAggregation.methodsOf(runs);
        Map<String, List<Point>> byMethod = new LinkedHashMap<>();
        for (String method : methods) {
            byMethod.put(method, byBudget.entrySet().stream()
                    .filter(e -> SeedAggregation.accuracies(e.getValue(), method).length > 0)
                    .map(e -> new Point(e.getKey(), AcrossRuns.of(SeedAggregation.accuracies(e.getValue(), method))))
                    .toList());
        }
        return new BudgetCurve(List.copyOf(byBudget.keySet()), methods, byMethod);
    }

    /** Writes the JSON atomically. */
    public void writeJson(Path file) {
        ArtifactJson.write(file, this);
    }

    /** Writes the PNG plot. */
    public void writePng(Path file) {
        BudgetCurvePlot.writePng(file, this);
    }
}

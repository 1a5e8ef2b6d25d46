package dev.ltl.eval.qa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltl.eval.artifacts.ArtifactJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The QA {@code metrics.json} (spec §5), keys in the spec's order: task, split, n_items, methods,
 * budget_frames, max_seconds, seed, strategy, model, timings_s, summary, delta_vs_uniform,
 * skipped_videos, artifacts, then the ltl {@code accounting} block ({@link QaAccounting}).
 *
 * <p>Everything but {@code timings_s} and the latencies inside {@code accounting} is a pure
 * function of the rows and the run info, so a killed-and-resumed run writes the same file as an
 * uninterrupted one up to those wall-clock values; {@link #comparableView()} drops them.
 *
 * @param nItems     distinct items among the rows
 * @param timingsS   wall seconds of the run's phases (not reproducible)
 * @param artifacts  artifact name → path, as the engine wrote them
 */
public record QaMetricsJson(String task, String split, int nItems, List<String> methods, int budgetFrames,
                            int maxSeconds, long seed, String strategy, QaRunInfo.Model model,
                            StageTimings timingsS, List<MethodSummary> summary,
                            Map<String, BootstrapDelta> deltaVsUniform, List<SkippedVideo> skippedVideos,
                            Map<String, String> artifacts, Map<String, QaAccounting.MethodAccounting> accounting) {

    /** The conventional file name. */
    public static final String FILE_NAME = "metrics.json";

    /**
     * {@code timings_s}: wall seconds spent preprocessing videos, evaluating, and in total.
     */
    public record StageTimings(double preprocess, double eval, double total) {
    }

    /**
     * Assembles the file from the rows: metrics with {@code nBoot} resamples (spec: 300) seeded
     * with the run seed, and the accounting.
     */
    public static QaMetricsJson assemble(QaRunInfo run, List<QaPrediction> rows, int nBoot, StageTimings timings,
                                         List<SkippedVideo> skippedVideos, Map<String, String> artifacts) {
        QaMetrics.Result metrics = QaMetrics.compute(rows, run.methods(), nBoot, run.seed());
        return new QaMetricsJson(run.task(), run.split(), QaMetrics.distinctItems(rows), run.methods(),
                run.budgetFrames(), run.maxSeconds(), run.seed(), run.strategy(), run.model(), timings,
                metrics.summary(), metrics.deltaVsUniform(), List.copyOf(skippedVideos), artifacts,
                QaAccounting.compute(rows, run.methods()));
    }

    /** Writes the file atomically. */
    public void write(Path file) {
        ArtifactJson.write(file, this);
    }

    /** Reads a file written by {@link #write}. */
    public static QaMetricsJson read(Path file) {
        return ArtifactJson.read(file, QaMetricsJson.class);
    }

    /** The file as JSON without the wall-clock values (timings_s, accounting latencies). */
    public JsonNode comparableView() {
        ObjectNode tree = ArtifactJson.mapper().valueToTree(this);
        tree.remove("timings_s");
        JsonNode accounting = tree.get("accounting");
        if (accounting != null) {
            accounting.forEach(method -> ((ObjectNode) method).remove("latency_s"));
        }
        return tree;
    }
}

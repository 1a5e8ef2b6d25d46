package dev.ltl.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltl.eval.simulate.SimulatedAve;
import dev.ltl.eval.simulate.SimulationSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation end to end across the real packaged services (eventness-svc, planner-svc,
 * vlm-svc with the real MobileNetV2 backbone) on a tiny simulated benchmark, run through the
 * {@code ltl ave} command in a child JVM — including a sweep killed mid-way and resumed.
 */
class AveEndToEndIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    private static PackagedServices services;
    private static Path data;

    @BeforeAll
    static void startServicesAndSimulate() throws Exception {
        PackagedServices.assumeBuiltWithBackbone();
        services = PackagedServices.startAndAwaitReady(work.resolve("logs"));
        data = work.resolve("data");
        SimulatedAve.write(data, SimulationSpec.defaults(16, 3));
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    private static List<String> sweepArgs(Path out) {
        return List.of("ave", "sweep", "--ave", data.toString(), "--out", out.toString(),
                "--cache", work.resolve("feature-cache").toString(),
                "--eventness", services.eventness(), "--planner", services.planner(),
                "--vlm", services.vlm(), "--seeds", "0,1", "--epochs", "1",
                "--candidate-set", "ltl_top1med_norm_v1");
    }

    @Test
    void sweepsRunsAndDiagnosesWithReferenceArtifacts() throws Exception {
        Path sweep = work.resolve("sweep-full");
        Result result = run(sweepArgs(sweep), null);
        assertThat(result.exitCode()).as(result.output()).isZero();
        JsonNode summary = JSON.readTree(sweep.resolve("sweep_summary.json").toFile());
        assertThat(summary.get("candidates")).hasSize(6);
        assertThat(summary.fieldNames()).toIterable().contains("ok", "meta_dir", "split_train", "split_eval",
                "seeds", "train_cfg", "candidate_set", "p_filter", "candidates", "best", "top3");
        JsonNode metrics = JSON.readTree(sweep.resolve("ltltop1medn_thr0p5_shift0/metrics.json").toFile());
        assertThat(metrics.fieldNames()).toIterable().contains("baselines", "seeds", "token_budget", "token_usage",
                "results_by_seed", "summary", "paired_ttest", "debug_eval", "debug_eval_clip_ids");
        assertThat(metrics.get("token_budget").asInt()).isEqualTo(1960);
        assertThat(Files.exists(sweep.resolve("best_config.json"))).isTrue();
        assertThat(Files.exists(sweep.resolve("eventness_scores.json"))).isTrue();
        JsonNode runSummary = JSON.readTree(sweep.resolve("run_summary.json").toFile());
        assertThat(runSummary.at("/accounting/rpcs/planner~1PlanStream/p99_us").asLong()).isPositive();
        // 6 candidates x 2 seeds x 3 baselines = 36 units; uniform and random are shared across candidates.
        assertThat(runSummary.get("trainings_run").asInt()).isLessThan(36);

        Path test = work.resolve("test");
        List<String> runArgs = new ArrayList<>(List.of("ave", "run", "--config", sweep.resolve("best_config.json").toString(),
                "--split", "test"));
        runArgs.addAll(sweepArgs(test).subList(2, sweepArgs(test).size() - 2));
        Result reproduction = run(runArgs, null);
        assertThat(reproduction.exitCode()).as(reproduction.output()).isZero();
        assertThat(reproduction.output()).contains("anchored_top2 - uniform: delta =");
        try (var plots = Files.list(test.resolve("plots"))) {
            assertThat(plots.filter(f -> f.toString().endsWith(".png")).count()).as("ClipPlots of ave run").isPositive();
        }
        Result diagnose = run(List.of("ave", "diagnose", "--metrics", test.resolve("metrics.json").toString(),
                "--ave", data.toString()), null);
        assertThat(diagnose.exitCode()).as(diagnose.output()).isZero();
        JsonNode diagnosis = JSON.readTree(test.resolve("diagnose.json").toFile());
        assertThat(diagnosis.fieldNames()).toIterable().contains("delta_summary", "anchor_plan_stats",
                "corr_delta_vs_recall", "top_improve", "top_degrade", "per_clip");
    }

    @Test
    void aKilledSweepResumesToTheSameSummary() throws Exception {
        Path reference = work.resolve("sweep-reference");
        assertThat(run(sweepArgs(reference), null).exitCode()).isZero();

        Path killed = work.resolve("sweep-killed");
        Result first = run(sweepArgs(killed), 8);
        assertThat(first.killed()).as("killed after 8 finished units: " + first.output()).isTrue();
        Result resumed = run(sweepArgs(killed), null);
        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        assertThat(resumed.output()).contains("resumed from the run store");
        JsonNode expected = JSON.readTree(reference.resolve("sweep_summary.json").toFile());
        JsonNode actual = JSON.readTree(killed.resolve("sweep_summary.json").toFile());
        // Paths differ by output directory; everything else must be identical.
        assertThat(withoutPaths(actual, killed)).isEqualTo(withoutPaths(expected, reference));
    }

    @Test
    void runsUniformVsAnchoredOnAnImportedReferenceNpzCache() throws Exception {
        Path npz = work.resolve("npz");
        Result features = run(List.of("simulate", "features", "--meta", data.toString(), "--out", npz.toString(),
                "--dim", "32", "--splits", "train,test"), null);
        assertThat(features.exitCode()).as(features.output()).isZero();
        assertThat(Files.list(npz).filter(f -> f.toString().endsWith(".npz")).count()).isPositive();
        Path config = Files.writeString(work.resolve("config.json"),
                "{\"k\": 2, \"low_res\": 160, \"base_res\": 224, \"high_res\": 352, \"anchor_select\": \"topk\"}");
        Path out = work.resolve("npz-run");
        Result result = run(List.of("ave", "run", "--config", config.toString(), "--split", "test",
                "--meta", data.toString(), "--import-npz", npz.toString(),
                "--scores-json", npz.resolve("scores.json").toString(), "--cache", work.resolve("npz-cache").toString(),
                "--out", out.toString(), "--planner", services.planner(), "--baselines", "uniform,anchored_top2",
                "--seeds", "0,1", "--epochs", "1"), null);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("imported").contains("anchored_top2 - uniform: delta =");
        JsonNode metrics = JSON.readTree(out.resolve("metrics.json").toFile());
        assertThat(metrics.get("baselines")).hasSize(2);
        assertThat(metrics.at("/paired_ttest/anchored_vs_uniform/p").isNumber()).isTrue();
    }

    private static List<String> serviceArgs() {
        return List.of("--eventness", services.eventness(), "--planner", services.planner());
    }

    @Test
    void anchorsAndDegradationAnalysesScoreThroughTheServices() throws Exception {
        Path anchors = work.resolve("anchors");
        List<String> anchorArgs = new ArrayList<>(List.of("ave", "anchors", "--ave", data.toString(), "--split", "test",
                "--out", anchors.toString()));
        anchorArgs.addAll(serviceArgs());
        Result anchorRun = run(anchorArgs, null);
        assertThat(anchorRun.exitCode()).as(anchorRun.output()).isZero();
        JsonNode anchorMetrics = JSON.readTree(anchors.resolve("anchors_metrics.json").toFile());
        assertThat(anchorMetrics.fieldNames()).toIterable().containsExactly("data_dir", "num_input_clips", "metrics");
        assertThat(anchorMetrics.at("/metrics/by_delta/1").fieldNames()).toIterable()
                .containsExactly("ours_mean_recall", "random_mean_recall", "num_clips");
        assertThat(anchorMetrics.at("/metrics/by_delta/2/ours_mean_recall").asDouble()).isBetween(0.0, 1.0);

        Path degradation = work.resolve("degradation");
        List<String> degradationArgs = new ArrayList<>(List.of("ave", "degradation", "--ave", data.toString(),
                "--split", "test", "--limit", "3", "--out", degradation.toString()));
        degradationArgs.addAll(serviceArgs());
        Result degradationRun = run(degradationArgs, null);
        assertThat(degradationRun.exitCode()).as(degradationRun.output()).isZero();
        JsonNode suite = JSON.readTree(degradation.resolve("degradation_suite.json").toFile());
        assertThat(suite.fieldNames()).toIterable().contains("ok", "mode", "meta_dir", "processed_dir", "splits",
                "counts", "eventness_method", "uses_visual", "anchor_cfg", "grid", "rows");
        assertThat(suite.get("rows")).hasSize(18);
        assertThat(suite.at("/rows/0").fieldNames()).toIterable().containsExactly("shift_s", "snr_db", "silence_ratio",
                "num_eval_ids", "anchors_fallback_used_frac", "recall_by_delta");
        assertThat(suite.at("/rows/17/num_eval_ids").asInt()).isBetween(1, 3);
    }

    @Test
    void paretoGridWithCheapVisualThenEvidenceAndClipPlots() throws Exception {
        Path pareto = work.resolve("pareto");
        List<String> args = new ArrayList<>(sweepArgs(pareto));
        args.set(1, "pareto");
        args.subList(args.size() - 2, args.size()).clear(); // no candidate set
        args.addAll(List.of("--split", "test", "--triads", "160,224,352; 112,160,224", "--include-cheap-visual"));
        Result result = run(args, null);
        assertThat(result.exitCode()).as(result.output()).isZero();
        JsonNode report = JSON.readTree(pareto.resolve("pareto_report.json").toFile());
        assertThat(report.get("runs")).hasSize(2);
        assertThat(report.at("/runs/0/budget_mode_used").asText()).isEqualTo("exact");
        assertThat(report.at("/runs/1/budget_mode_used").asText()).isEqualTo("band");
        // 2 triads x (uniform, random, predicted, oracle, cheap_visual)
        assertThat(report.get("points")).hasSize(10);
        assertThat(report.at("/points/0").fieldNames()).toIterable().contains("method", "token_budget", "acc_mean",
                "acc_std", "triad", "raw_metrics_path");
        assertThat(Files.size(pareto.resolve("pareto.png"))).isPositive();
        JsonNode ovp = JSON.readTree(pareto.resolve("oracle_vs_predicted.json").toFile());
        assertThat(ovp.fieldNames()).toIterable().contains("ok", "mode", "paths", "splits", "counts", "seeds",
                "train_cfg", "token_budget", "p0_cfg", "predicted", "cheap_visual", "oracle_minus_predicted");
        assertThat(ovp.at("/predicted/p_anchored_vs_uniform").isNumber()).isTrue();
        assertThat(ovp.at("/cheap_visual/summary/anchored_top2/mean").isNumber()).isTrue();
        Path metrics = pareto.resolve("triad_160_224_352/metrics.json");
        assertThat(JSON.readTree(metrics.toFile()).get("baselines").toString()).contains("cheap_visual");
        assertThat(Files.exists(pareto.resolve("cheap_visual_scores.json"))).isTrue();

        Result evidence = run(List.of("ave", "evidence", "--metrics", metrics.toString(), "--ave", data.toString()),
                null);
        assertThat(evidence.exitCode()).as(evidence.output()).isZero();
        JsonNode alignment = JSON.readTree(metrics.resolveSibling("evidence_alignment.json").toFile());
        assertThat(alignment.fieldNames()).toIterable().containsExactly("ok", "in_metrics", "meta_dir", "delta_s",
                "tau_grid", "num_eval_ids", "num_unique_eval_ids", "num_clips_used", "cov_by_tau", "corr_by_tau",
                "top_improve", "top_degrade");
        assertThat(alignment.get("cov_by_tau").fieldNames()).toIterable().containsExactly("0.300", "0.500", "0.700");

        Path plots = work.resolve("clip-plots");
        Result plot = run(List.of("ave", "plot-clips", "--metrics", metrics.toString(), "-n", "2",
                "--out", plots.toString()), null);
        assertThat(plot.exitCode()).as(plot.output()).isZero();
        try (var files = Files.list(plots)) {
            assertThat(files.filter(f -> f.toString().endsWith(".png")).count()).isBetween(1L, 2L);
        }
    }

    @Test
    void degradationAccuracyEvaluatesCleanTrainedHeadsOnCorruptedReplans() throws Exception {
        Path config = Files.writeString(work.resolve("degradation-config.json"),
                "{\"k\": 2, \"low_res\": 160, \"base_res\": 224, \"high_res\": 352, \"anchor_select\": \"topk\"}");
        Path out = work.resolve("degradation-accuracy");
        List<String> args = new ArrayList<>(sweepArgs(out));
        args.set(1, "degradation-accuracy");
        args.subList(args.size() - 2, args.size()).clear(); // no candidate set
        args.addAll(List.of("--config", config.toString(), "--split", "test"));
        Result result = run(args, null);
        assertThat(result.exitCode()).as(result.output()).isZero();
        JsonNode file = JSON.readTree(out.resolve("degradation_accuracy.json").toFile());
        assertThat(file.fieldNames()).toIterable().contains("ok", "mode", "clean", "rows", "alpha_floor_checks");
        assertThat(file.get("rows")).hasSize(54);
        assertThat(file.at("/rows/0").fieldNames()).toIterable().containsExactly("shift_s", "snr_db", "silence_ratio",
                "alpha", "acc", "acc_delta", "stage1");
        assertThat(file.at("/rows/0/stage1").fieldNames()).toIterable().containsExactly("token_usage",
                "alpha_force_uniform_frac", "gate_fallback_used_frac", "recall_by_delta");
        assertThat(file.at("/rows/0/stage1/alpha_force_uniform_frac").asDouble()).isZero();
        assertThat(file.at("/rows/2/alpha").asDouble()).isEqualTo(1.0);
        assertThat(file.at("/rows/2/stage1/alpha_force_uniform_frac").asDouble()).isEqualTo(1.0);
        assertThat(file.at("/clean/acc_by_seed/anchored_top2")).hasSize(2);
        assertThat(file.at("/alpha_floor_checks/num_rows").asInt()).isEqualTo(54);
    }

    private static String withoutPaths(JsonNode summary, Path out) {
        return summary.toString().replace(out.toString(), "<out>");
    }

    private record Result(int exitCode, String output, boolean killed) {
    }

    private static final Pattern PROGRESS = Pattern.compile("\\] (\\d+)/(\\d+) ");

    /** Runs `ltl ave …` in a child JVM; with killAfter, destroys it once that many units have finished. */
    private static Result run(List<String> args, Integer killAfter) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx3g", "-Djava.io.tmpdir=" + work, "-jar", Path.of("target/ltl-eval.jar").toAbsolutePath().toString()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        boolean killed = false;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.append(line).append('\n');
                Matcher progress = PROGRESS.matcher(line);
                if (killAfter != null && progress.find() && Integer.parseInt(progress.group(1)) >= killAfter) {
                    process.destroyForcibly();
                    killed = true;
                    break;
                }
            }
        }
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), output.toString(), killed);
    }
}

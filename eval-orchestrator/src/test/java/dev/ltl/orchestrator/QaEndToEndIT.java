package dev.ltl.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltl.common.process.ServiceProcess;
import dev.ltl.eval.engine.clients.PlannerClient;
import dev.ltl.eval.qa.PredictionsJsonl;
import dev.ltl.eval.qa.QaMetricsJson;
import dev.ltl.eval.qa.QaPrediction;
import dev.ltl.eval.simulate.qa.SimulatedQa;
import dev.ltl.eval.simulate.qa.SimulatedQaResult;
import dev.ltl.eval.simulate.qa.SimulatedQaSpec;
import dev.ltl.orchestrator.api.AveRunExecutor;
import dev.ltl.orchestrator.api.QaRunExecutor;
import dev.ltl.orchestrator.api.RunServer;
import dev.ltl.proto.common.v1.ModelState;
import dev.ltl.proto.orchestrator.v1.RunEvent;
import dev.ltl.proto.orchestrator.v1.RunKind;
import dev.ltl.proto.orchestrator.v1.RunServiceGrpc;
import dev.ltl.proto.orchestrator.v1.RunState;
import dev.ltl.proto.orchestrator.v1.StartRunRequest;
import dev.ltl.proto.orchestrator.v1.WatchRunRequest;
import dev.ltl.proto.vlm.v1.ListModelsRequest;
import dev.ltl.proto.vlm.v1.VlmServiceGrpc;
import dev.ltl.vlm.onnx.qwen.TinyQwenVlExporter;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The QA evaluation end to end across the real packaged services — eventness-svc (signals),
 * planner-svc (frame selection, BM25 relevance on the simulated transcripts) and vlm-svc serving
 * the tiny generated VLM — on a small simulated long-video QA benchmark, through {@code ltl qa …}
 * in a child JVM: a run killed mid-way and resumed, a broken video, an item whose Answer fails,
 * the reports, and RunService.
 */
class QaEndToEndIT {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Path SHARED = Path.of(System.getProperty("ltl.shared.dir", "../../shared")).toAbsolutePath()
            .normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("uniform", "random", "text_only", "audio", "fused",
            "ql2l_asr_bm25");
    /** 4 videos x 2 questions + one question too long for the tiny VLM; the broken video's item is skipped. */
    private static final int ITEMS = 9;

    @TempDir
    static Path work;

    private static final List<ServiceProcess> SERVICES = new ArrayList<>();
    private static SimulatedQaResult benchmark;
    private static Path questions;
    private static Path reference;

    @BeforeAll
    static void startServicesAndSimulate() throws Exception {
        for (String service : List.of("eventness-svc", "planner-svc", "vlm-svc")) {
            assumeThat(Files.exists(REPO.resolve(service + "/target/quarkus-app/quarkus-run.jar")))
                    .as("packaged " + service + " (reactor build)").isTrue();
        }
        assumeThat(Files.exists(Path.of("target/ltl-eval.jar"))).as("packaged ltl-eval.jar").isTrue();
        // Run copies: the apps load classes lazily from their jars, and a rebuild of a module while this
        // test runs (another developer's build in the same tree) must not swap classes under them.
        copyTree(Path.of("target/lib"), work.resolve("apps/ltl-eval/lib"));
        Files.copy(Path.of("target/ltl-eval.jar"), work.resolve("apps/ltl-eval/ltl-eval.jar"));
        for (String service : List.of("eventness-svc", "planner-svc", "vlm-svc")) {
            copyTree(REPO.resolve(service + "/target/quarkus-app"), work.resolve("apps/" + service));
        }
        Path models = work.resolve("models");
        TinyQwenVlExporter.export(models.resolve("tiny-qwen-vl/1"), 0);
        String roots = models + "," + REPO.resolve("models") + "," + SHARED.resolve("models");
        SERVICES.add(ServiceProcess.start("eventness-svc", app("eventness-svc"),
                Map.of("ltl.models.roots", roots), work.resolve("logs")));
        SERVICES.add(ServiceProcess.start("planner-svc", app("planner-svc"),
                Map.of("ltl.models.roots", roots), work.resolve("logs")));
        SERVICES.add(ServiceProcess.start("vlm-svc", app("vlm-svc"),
                Map.of("ltl.models.roots", roots, "ltl.vlm.answer.max-concurrency", "2"), work.resolve("logs")));
        SERVICES.get(0).awaitReady(Duration.ofMinutes(2));
        SERVICES.get(1).awaitReady(Duration.ofMinutes(2));
        SERVICES.get(2).awaitLive(Duration.ofMinutes(2));
        assertThat(tinyVlmState()).as("tiny-qwen-vl in vlm-svc, see " + SERVICES.get(2).log())
                .isEqualTo(ModelState.MODEL_STATE_READY);

        benchmark = SimulatedQa.generate(work.resolve("data"),
                SimulatedQaSpec.defaults().withVideos(4).withSeconds(40).withQuestions(2));
        // A video that does not decode: skipped (allow-missing) and listed in skipped_videos.
        Files.write(benchmark.videosDir().resolve("broken.mp4"), new byte[] {0, 1, 2, 3, 4, 5, 6, 7});
        List<String> lines = new ArrayList<>(Files.readAllLines(benchmark.questionsFile()));
        String firstVideo = benchmark.questions().get(0).videoId();
        // A question longer than the tiny VLM's 4096-token context: Answer fails with INVALID_ARGUMENT,
        // the row records it and the evaluation goes on.
        lines.add(JSON.writeValueAsString(Map.of("qid", "too_long", "video_id", firstVideo,
                "question", "why ".repeat(5000).strip(), "options", List.of("a", "b", "c", "d"), "answer_idx", 0)));
        lines.add(JSON.writeValueAsString(Map.of("qid", "broken_q", "video_id", "broken",
                "question", "What is shown?", "options", List.of("a", "b"), "answer_idx", 1)));
        questions = Files.write(work.resolve("questions.jsonl"), lines);
    }

    private static Path app(String service) {
        return work.resolve("apps/" + service + "/quarkus-run.jar");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    @AfterAll
    static void stopServices() {
        SERVICES.forEach(ServiceProcess::close);
    }

    private static ModelState tinyVlmState() throws InterruptedException {
        ManagedChannel channel = ManagedChannelBuilder.forTarget(SERVICES.get(2).target()).usePlaintext().build();
        try {
            return VlmServiceGrpc.newBlockingStub(channel).listModels(ListModelsRequest.getDefaultInstance())
                    .getModelsList().stream().filter(m -> m.getStatus().getName().equals("tiny-qwen-vl"))
                    .map(m -> m.getStatus().getState()).findFirst().orElse(ModelState.MODEL_STATE_UNSPECIFIED);
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static List<String> evalArgs(String command, Path out, String... extra) {
        return evalArgs(command, out, 4, extra);
    }

    private static List<String> evalArgs(String command, Path out, int budget, String... extra) {
        List<String> args = new ArrayList<>(List.of("qa", command, "--format", "jsonl", "--annotations",
                questions.toString(), "--video-dir", benchmark.videosDir().toString(), "--out", out.toString(),
                "--cache", work.resolve("qa-cache").toString(), "--budget", String.valueOf(budget), "--max-seconds", "40",
                "--allow-missing", "--concurrency", "4",
                "--eventness", SERVICES.get(0).target(), "--planner", SERVICES.get(1).target(),
                "--vlm", SERVICES.get(2).target()));
        args.addAll(List.of(extra));
        return args;
    }

    /** The uninterrupted evaluation, run once and shared by the tests. */
    private static synchronized Path referenceRun() throws Exception {
        if (reference == null) {
            Path out = work.resolve("reference");
            Result result = run(evalArgs("eval", out, "--methods", String.join(",", METHODS)), null);
            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("delta_vs_uniform").contains("rows/s at concurrency 4");
            reference = out;
        }
        return reference;
    }

    @Test
    void evaluatesEveryItemAndMethodRecordingFailuresAndSkippedVideos() throws Exception {
        Path out = referenceRun();
        JsonNode metrics = JSON.readTree(out.resolve("metrics.json").toFile());
        assertThat(metrics.fieldNames()).toIterable().containsExactly("task", "split", "n_items", "methods",
                "budget_frames", "max_seconds", "seed", "strategy", "model", "timings_s", "summary",
                "delta_vs_uniform", "skipped_videos", "artifacts", "accounting");
        assertThat(metrics.get("n_items").asInt()).isEqualTo(ITEMS);
        assertThat(metrics.get("summary")).hasSize(METHODS.size());
        assertThat(metrics.at("/summary/0/method").asText()).isEqualTo("uniform");
        assertThat(metrics.get("delta_vs_uniform").fieldNames()).toIterable()
                .containsExactlyElementsOf(METHODS.subList(1, METHODS.size()));
        assertThat(metrics.at("/delta_vs_uniform/audio/n_boot").asInt()).isEqualTo(300);
        assertThat(metrics.at("/skipped_videos/0/video_id").asText()).isEqualTo("broken");
        assertThat(metrics.at("/skipped_videos/0/reason").asText()).isEqualTo("preprocess_failed");
        assertThat(metrics.at("/model/device").asText()).isEqualTo("cpu");

        List<QaPrediction> rows = PredictionsJsonl.read(out.resolve("predictions.jsonl"));
        assertThat(rows).hasSize(ITEMS * METHODS.size());
        List<QaPrediction> tooLong = rows.stream().filter(r -> r.qid().equals("too_long")).toList();
        assertThat(tooLong).hasSize(METHODS.size()).allSatisfy(r -> {
            assertThat(r.error()).isNotNull();
            assertThat(r.invalid()).isTrue();
        });
        // vlm-svc refuses the prompt; (ql2l_asr_bm25 may already fail in planner-svc's BM25 query).
        assertThat(tooLong).filteredOn(r -> !r.method().startsWith("ql2l_"))
                .allSatisfy(r -> assertThat(r.error()).startsWith("answer INVALID_ARGUMENT").contains("tokens"));
        assertThat(rows).filteredOn(r -> !r.qid().equals("too_long"))
                .allSatisfy(r -> assertThat(r.error()).as(r.key()).isNull());
        assertThat(rows).filteredOn(r -> r.method().equals("audio") && r.error() == null)
                .allSatisfy(r -> {
                    assertThat(r.selectedSeconds()).hasSize(4);
                    assertThat(r.alpha()).isBetween(0.1, 0.6);
                    assertThat(r.tokens().get("vision_tokens")).isNotEqualTo(0);
                });
        assertThat(rows).filteredOn(r -> r.method().equals("text_only") && r.error() == null)
                .allSatisfy(r -> assertThat(r.tokens().get("vision_tokens")).isEqualTo(0));

        JsonNode summary = JSON.readTree(out.resolve("run_summary.json").toFile());
        // Successful calls carry an Accounting; the too_long item's calls all failed.
        assertThat(summary.at("/accounting/rpcs/vlm~1Answer/n").asInt()).isEqualTo((ITEMS - 1) * METHODS.size());
        assertThat(summary.at("/accounting/rpcs/vlm~1Answer/p99_us").asLong()).isPositive();
        assertThat(summary.at("/accounting/rpcs/eventness~1Score/n").asInt()).isEqualTo(2 * 4);
        JsonNode meta = JSON.readTree(out.resolve("preprocess_meta.json").toFile());
        assertThat(meta.get("n_videos").asInt()).isEqualTo(4);
        assertThat(Files.readAllLines(out.resolve("signals.jsonl"))).hasSize(4);
    }

    @Test
    void aKilledEvaluationResumesToTheSameMetricsWithoutDuplicateRows() throws Exception {
        Path expected = referenceRun();
        Path killed = work.resolve("killed");
        List<String> args = evalArgs("eval", killed, "--methods", String.join(",", METHODS));
        Result first = run(args, 12);
        assertThat(first.killed()).as("killed after 12 rows: " + first.output()).isTrue();
        int rowsBefore = PredictionsJsonl.read(killed.resolve("predictions.jsonl")).size();
        assertThat(rowsBefore).isBetween(12, ITEMS * METHODS.size() - 1);

        Result otherConfig = run(evalArgs("eval", killed, 6, "--methods", String.join(",", METHODS)), null);
        assertThat(otherConfig.exitCode()).as(otherConfig.output()).isEqualTo(2);
        assertThat(otherConfig.output()).contains("budget_frames");

        Result resumed = run(args, null);
        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        assertThat(resumed.output()).contains("resuming: " + rowsBefore + " of " + ITEMS * METHODS.size());
        List<QaPrediction> rows = PredictionsJsonl.read(killed.resolve("predictions.jsonl"));
        Set<String> keys = new HashSet<>();
        rows.forEach(row -> assertThat(keys.add(row.key())).as("duplicate " + row.key()).isTrue());
        assertThat(keys).hasSize(ITEMS * METHODS.size());
        assertThat(QaMetricsJson.read(killed.resolve("metrics.json")).comparableView())
                .isEqualTo(QaMetricsJson.read(expected.resolve("metrics.json")).comparableView());
    }

    @Test
    void faithfulnessBucketsRunServiceAndTheBudgetCurve() throws Exception {
        Path faithfulness = work.resolve("faithfulness");
        Result deleted = run(evalArgs("faithfulness", faithfulness, "--method", "audio", "--limit", "4"), null);
        assertThat(deleted.exitCode()).as(deleted.output()).isZero();
        JsonNode report = JSON.readTree(faithfulness.resolve("faithfulness.json").toFile());
        assertThat(report.get("n").asInt()).isEqualTo(4);
        assertThat(report.fieldNames()).toIterable().contains("accuracy", "accuracy_deleted", "acc_drop",
                "invalid_rate", "invalid_rate_deleted", "pred_change_rate");
        JsonNode row = JSON.readTree(Files.readAllLines(faithfulness.resolve("rows.jsonl")).get(1));
        assertThat(row.get("deleted_seconds")).hasSize(4);

        Path predictions = referenceRun().resolve("predictions.jsonl");
        Path buckets = work.resolve("buckets");
        Result bucketRun = run(List.of("qa", "buckets", "--predictions", predictions.toString(), "--out",
                buckets.toString(), "--n-boot", "500"), null);
        assertThat(bucketRun.exitCode()).as(bucketRun.output()).isZero();
        assertThat(JSON.readTree(buckets.resolve("buckets.json").toFile()).get("buckets").toString())
                .contains("question_type");
        assertThat(Files.readString(buckets.resolve("buckets.md"))).isNotBlank();

        Path viaService = work.resolve("run-service");
        try (RunServer server = RunServer.start("127.0.0.1", 0, 1, work, new QaRunExecutor(new AveRunExecutor()))) {
            ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
            try {
                Map<String, Object> options = new LinkedHashMap<>();
                options.put("format", "jsonl");
                options.put("annotations", questions.toString());
                options.put("video_dir", benchmark.videosDir().toString());
                options.put("out", viaService.toString());
                options.put("cache", work.resolve("qa-cache").toString());
                options.put("methods", List.of("uniform", "text_only", "audio"));
                options.put("budget", 2);
                options.put("max_seconds", 40);
                options.put("allow_missing", true);
                options.put("eventness", SERVICES.get(0).target());
                options.put("planner", SERVICES.get(1).target());
                options.put("vlm", SERVICES.get(2).target());
                RunServiceGrpc.RunServiceBlockingStub runs = RunServiceGrpc.newBlockingStub(channel);
                runs.startRun(StartRunRequest.newBuilder().setRunId("qa-smoke").setKind(RunKind.RUN_KIND_QA_EVAL)
                        .setOptions(PlannerClient.toStruct(options)).build());
                // Cancel once a few rows are in: the rows in flight finish, then the run ends CANCELLED.
                RunEvent cancelled = watch(runs, 3);
                assertThat(cancelled.getState()).as(cancelled.getMessage()).isEqualTo(RunState.RUN_STATE_CANCELLED);
                int rowsAtCancel = PredictionsJsonl.read(viaService.resolve("predictions.jsonl")).size();
                assertThat(rowsAtCancel).isBetween(3, ITEMS * 3 - 1);
                // A restart with the same run_id and no options resumes with the previous options.
                runs.startRun(StartRunRequest.newBuilder().setRunId("qa-smoke").build());
                RunEvent last = watch(runs, null);
                assertThat(last.getState()).as(last.getMessage()).isEqualTo(RunState.RUN_STATE_SUCCEEDED);
                assertThat(last.getDone()).isEqualTo(ITEMS * 3L);
                List<QaPrediction> rows = PredictionsJsonl.read(viaService.resolve("predictions.jsonl"));
                assertThat(rows.stream().map(QaPrediction::key).distinct().count()).isEqualTo(ITEMS * 3L)
                        .isEqualTo(rows.size());
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
        assertThat(QaMetricsJson.read(viaService.resolve("metrics.json")).budgetFrames()).isEqualTo(2);

        Path curve = work.resolve("curve");
        Result aggregate = run(List.of("qa", "aggregate", "--mode", "budget", "--metrics",
                viaService.resolve("metrics.json") + "," + referenceRun().resolve("metrics.json"),
                "--out", curve.toString()), null);
        assertThat(aggregate.exitCode()).as(aggregate.output()).isZero();
        assertThat(Files.size(curve.resolve("budget_curve.png"))).isPositive();
        JsonNode points = JSON.readTree(curve.resolve("budget_curve.json").toFile());
        assertThat(points.get("budgets").toString()).isEqualTo("[2,4]");
    }

    /**
     * Follows run qa-smoke's events to its end; with cancelAt, asks to cancel it as soon as an event
     * reports that many finished rows. Returns the final event.
     */
    private static RunEvent watch(RunServiceGrpc.RunServiceBlockingStub runs, Integer cancelAt) {
        RunEvent last = null;
        boolean cancelAsked = false;
        Iterator<RunEvent> events = runs.withDeadlineAfter(10, TimeUnit.MINUTES)
                .watchRun(WatchRunRequest.newBuilder().setRunId("qa-smoke").build());
        while (events.hasNext()) {
            last = events.next();
            if (cancelAt != null && !cancelAsked && last.getDone() >= cancelAt) {
                runs.cancelRun(dev.ltl.proto.orchestrator.v1.GetRunRequest.newBuilder().setRunId("qa-smoke").build());
                cancelAsked = true;
            }
        }
        assertThat(last).isNotNull();
        return last;
    }

    private record Result(int exitCode, String output, boolean killed) {
    }

    private static final Pattern PROGRESS = Pattern.compile("\\] (\\d+)/(\\d+) ");

    /**
     * Runs {@code ltl …} in a child JVM; with killAfter, destroys it as soon as its progress line
     * says that many rows are in predictions.jsonl (the line is printed after the row is written).
     */
    private static Result run(List<String> args, Integer killAfter) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx1g", "-Djava.io.tmpdir=" + work, "-jar", work.resolve("apps/ltl-eval/ltl-eval.jar").toString()));
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

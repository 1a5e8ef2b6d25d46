package dev.ltl.orchestrator.cli;

import dev.ltl.eval.artifacts.ArtifactJson;
import dev.ltl.eval.engine.ave.Progress;
import dev.ltl.eval.engine.qa.AnswerBreakdown;
import dev.ltl.eval.engine.qa.QaEvaluation;
import dev.ltl.eval.qa.PredictionsJsonl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ltl qa bench}: QA evaluation throughput (rows = item x method pairs per second) of the
 * tiny VLM through the real services at several client concurrencies, each a fresh run on the same
 * simulated benchmark (the preprocessing cache is shared, so only selection + answering is timed).
 * A benchmark, not a test: numbers depend on the machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Rows/s of qa eval on the tiny VLM at several --concurrencies (default 1,8), with vlm-svc's "
                + "Answer latency breakdown: bench.json.")
public final class QaBenchCommand implements Callable<Integer> {
    @Option(names = "--repo", description = "Repository root with the built services (default: current directory).")
    Path repo;

    @Option(names = "--shared", description = "Shared models directory root (default: <repo>/../shared).")
    Path shared;

    @Option(names = "--work", description = "Working directory (default: <repo>/run/qa-bench).")
    Path work;

    @Option(names = "--videos", defaultValue = "6") int videos;
    @Option(names = "--seconds", defaultValue = "60") int seconds;
    @Option(names = "--budget", defaultValue = "8") int budget;

    @Option(names = "--methods", split = ",", defaultValue = "uniform,audio,fused",
            description = "Methods (default ${DEFAULT-VALUE}).")
    List<String> methods;

    @Option(names = "--concurrencies", split = ",", defaultValue = "1,8",
            description = "Client concurrencies to compare (default ${DEFAULT-VALUE}).")
    List<Integer> concurrencies;

    @Option(names = "--answer-concurrency", defaultValue = "2",
            description = "vlm-svc Answer requests computed at once (default ${DEFAULT-VALUE}).")
    int answerConcurrency;

    @Option(names = "--strategy", defaultValue = "letter_likelihood",
            description = "Answer strategy: letter_likelihood, per_option or generate (default ${DEFAULT-VALUE}).")
    String strategy;

    @Override
    public Integer call() throws Exception {
        QaDemoCommand.Workspace workspace = QaDemoCommand.Workspace.prepare(repo, shared, work, "run/qa-bench", videos,
                seconds);
        List<Map<String, Object>> results = new ArrayList<>();
        try (QaLocalServices services = QaLocalServices.start(workspace.repo(), workspace.modelRoots(),
                workspace.dir().resolve("logs"), QaDemoCommand.MODEL, answerConcurrency)) {
            // Warm-up: decodes the videos into the cache and warms the services' JITs.
            QaEvaluation.run(workspace.config(List.of("uniform"), budget, 2, services.targets()),
                    workspace.dir().resolve("warmup"), Progress.NONE);
            for (int concurrency : concurrencies) {
                Path out = workspace.dir().resolve("c" + concurrency + "-" + System.currentTimeMillis());
                QaEvaluation.Outcome outcome = QaEvaluation.run(workspace.config(methods, budget, concurrency,
                        services.targets(), strategy), out, Progress.NONE);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("concurrency", concurrency);
                row.put("rows", outcome.rowsWritten());
                row.put("seconds", outcome.evalSeconds());
                row.put("rows_per_second", outcome.rowsPerSecond());
                row.put("items_per_second", outcome.rowsPerSecond() / outcome.metrics().methods().size());
                Map<String, Map<String, Object>> breakdown = AnswerBreakdown.of(
                        PredictionsJsonl.read(out.resolve(PredictionsJsonl.FILE_NAME)));
                row.put("vlm_answer_breakdown_s", breakdown);
                row.put("out", out.toString());
                results.add(row);
                System.out.printf(Locale.ROOT, "concurrency %2d: %d rows in %6.1f s = %.2f rows/s (%.2f items/s)%n",
                        concurrency, outcome.rowsWritten(), outcome.evalSeconds(), outcome.rowsPerSecond(),
                        outcome.rowsPerSecond() / outcome.metrics().methods().size());
                breakdown.forEach((phase, stats) -> System.out.printf(Locale.ROOT,
                        "    %-22s mean %8.4f s  p50 %8.4f  p90 %8.4f%n", phase, stats.get("mean"), stats.get("p50"),
                        stats.get("p90")));
            }
        }
        Map<String, Object> bench = new LinkedHashMap<>();
        bench.put("model", QaDemoCommand.MODEL);
        bench.put("budget_frames", budget);
        bench.put("methods", methods);
        bench.put("strategy", strategy);
        bench.put("vlm_answer_max_concurrency", answerConcurrency);
        bench.put("cores", Runtime.getRuntime().availableProcessors());
        bench.put("results", results);
        Path file = workspace.dir().resolve("bench.json");
        ArtifactJson.write(file, bench);
        System.out.println("wrote " + file);
        return 0;
    }
}

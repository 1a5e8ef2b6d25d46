package dev.ltl.orchestrator.cli;

import dev.ltl.eval.engine.qa.QaEvalConfig;
import dev.ltl.eval.engine.qa.QaEvaluation;
import dev.ltl.eval.simulate.qa.SimulatedQa;
import dev.ltl.eval.simulate.qa.SimulatedQaSpec;
import dev.ltl.vlm.onnx.qwen.TinyQwenVlExporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ltl qa demo}: the QA evaluation end to end in one command. Simulates a small long-video
 * QA benchmark, writes the tiny generated VLM into a model root, starts eventness-svc,
 * planner-svc and vlm-svc (the VLM registered through vlm-svc's model roots), runs
 * {@code qa eval} with the selectors that need no extra model, and prints the accuracy table.
 * The tiny VLM has random weights: it answers at chance — the demo shows the path, not a result.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the services, simulate a QA benchmark, write the tiny VLM, run qa eval, print the table.")
public final class QaDemoCommand implements Callable<Integer> {
    static final List<String> METHODS = List.of("uniform", "random", "text_only", "audio", "cheap_visual", "fused",
            "ql2l_asr_bm25", "ql2l_text");
    static final String MODEL = "tiny-qwen-vl";

    @Option(names = "--repo", description = "Repository root with the built services (default: current directory).")
    Path repo;

    @Option(names = "--shared", description = "Shared models directory root (default: <repo>/../shared).")
    Path shared;

    @Option(names = "--work", description = "Working directory (default: <repo>/run/qa-demo).")
    Path work;

    @Option(names = "--videos", defaultValue = "6", description = "Simulated videos (default ${DEFAULT-VALUE}).")
    int videos;

    @Option(names = "--seconds", defaultValue = "60", description = "Seconds per video (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--budget", defaultValue = "8", description = "Frames per item (default ${DEFAULT-VALUE}).")
    int budget;

    @Option(names = "--concurrency", defaultValue = "4", description = "Pairs in flight (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Override
    public Integer call() throws Exception {
        Workspace workspace = Workspace.prepare(repo, shared, work == null ? null : work, "run/qa-demo", videos,
                seconds);
        try (QaLocalServices services = QaLocalServices.start(workspace.repo(), workspace.modelRoots(),
                workspace.dir().resolve("logs"), MODEL, 2)) {
            System.err.println("services ready: " + services.targets());
            Path out = workspace.dir().resolve("eval");
            QaEvaluation.Outcome outcome = QaEvaluation.run(workspace.config(METHODS, budget, concurrency,
                    services.targets()), out, new ProgressBar(System.err));
            QaResultTable.print(System.out, outcome.metrics());
            System.out.printf(Locale.ROOT, "%d rows in %.1f s (%.2f rows/s at concurrency %d); the tiny VLM has random "
                    + "weights, so accuracies sit at chance%n", outcome.rowsWritten(), outcome.evalSeconds(),
                    outcome.rowsPerSecond(), concurrency);
            System.out.println("artifacts: " + out + " (predictions.jsonl, metrics.json, run_summary.json, "
                    + "preprocess_meta.json); benchmark data in " + workspace.data() + "; service logs in "
                    + workspace.dir().resolve("logs"));
        }
        return 0;
    }

    /**
     * The demo's and bench's working directory: the simulated benchmark and the tiny VLM, created
     * once and reused by later invocations.
     */
    record Workspace(Path repo, Path sharedDir, Path dir) {
        static Workspace prepare(Path repo, Path shared, Path work, String defaultWork, int videos, int seconds)
                throws IOException {
            Path root = (repo == null ? Path.of("") : repo).toAbsolutePath().normalize();
            Path sharedDir = shared == null ? root.resolve("../shared").normalize() : shared.toAbsolutePath();
            Workspace workspace = new Workspace(root, sharedDir,
                    work == null ? root.resolve(defaultWork) : work.toAbsolutePath());
            if (!Files.exists(workspace.data().resolve(SimulatedQa.QUESTIONS_FILE))) {
                System.err.println("simulating " + videos + " videos x " + seconds + " s in " + workspace.data()
                        + " ...");
                SimulatedQa.generate(workspace.data(), SimulatedQaSpec.defaults().withVideos(videos)
                        .withSeconds(seconds));
            }
            Path vlmDir = workspace.modelRoot().resolve(MODEL).resolve("1");
            if (!Files.exists(vlmDir.resolve("model.yaml"))) {
                TinyQwenVlExporter.export(vlmDir, 0);
            }
            return workspace;
        }

        Path data() {
            return dir.resolve("data");
        }

        Path modelRoot() {
            return dir.resolve("models");
        }

        /** The tiny VLM's root first, then the repository's descriptors and the shared weights. */
        String modelRoots() {
            return modelRoot() + "," + repo.resolve("models") + "," + sharedDir.resolve("models");
        }

        QaEvalConfig config(List<String> methods, int budget, int concurrency, QaEvalConfig.ServiceTargets targets) {
            return config(methods, budget, concurrency, targets, "letter_likelihood");
        }

        QaEvalConfig config(List<String> methods, int budget, int concurrency, QaEvalConfig.ServiceTargets targets,
                            String strategy) {
            return new QaEvalConfig("jsonl", data().resolve(SimulatedQa.QUESTIONS_FILE), null, null, "simulated_qa",
                    data().resolve(SimulatedQa.VIDEOS_DIR), data().resolve(SimulatedQa.WORDS_DIR),
                    dir.resolve("qa-cache"), methods, budget, QaEvalConfig.DEFAULT_MAX_SECONDS, strategy,
                    0, 0, MODEL, QaEvalConfig.ImageSize.DEFAULT, concurrency, false, 1, QaEvalConfig.DEFAULT_N_BOOT,
                    targets);
        }
    }
}

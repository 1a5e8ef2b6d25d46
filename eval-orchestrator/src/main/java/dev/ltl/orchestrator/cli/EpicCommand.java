package dev.ltl.orchestrator.cli;

import dev.ltl.common.process.ServiceProcess;
import dev.ltl.eval.engine.epic.EpicEvaluation;
import dev.ltl.eval.engine.epic.EpicOptions;
import dev.ltl.eval.epic.EpicMethodMetrics;
import dev.ltl.eval.epic.EpicMetricsJson;
import dev.ltl.eval.simulate.epic.SimulatedEpic;
import dev.ltl.eval.simulate.epic.SimulatedEpicSpec;
import dev.ltl.eval.train.domain.MultiLabelConfig;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ltl epic eval | demo}: EPIC-SOUNDS video-level multi-label recognition under a token budget. */
@Command(name = "epic", description = "EPIC-SOUNDS video-level multi-label evaluation (uniform / random / "
        + "audio_anchored / oracle selections at an equal token budget).",
        subcommands = {EpicCommand.Eval.class, EpicCommand.Demo.class})
public final class EpicCommand {

    /** Options of one evaluation, shared by eval and demo. */
    static class RunOptions {
        @Option(names = "--methods", split = ",", defaultValue = "uniform,random,audio_anchored,oracle",
                description = "Selections (default ${DEFAULT-VALUE}).")
        List<String> methods;

        @Option(names = "--max-steps", defaultValue = "120", description = "Step budget: max_steps x 196 tokens "
                + "(default ${DEFAULT-VALUE}).")
        int maxSteps;

        @Option(names = "--max-seconds", defaultValue = "120", description = "Duration cap (default ${DEFAULT-VALUE}).")
        int maxSeconds;

        @Option(names = "--seeds", split = ",", defaultValue = "0,1,2", description = "Seeds (default ${DEFAULT-VALUE}).")
        List<Long> seeds;

        @Option(names = "--epochs", defaultValue = "10") int epochs;
        @Option(names = "--batch-size", defaultValue = "16") int batchSize;
        @Option(names = "--lr", defaultValue = "0.002") float lr;
        @Option(names = "--weight-decay", defaultValue = "0") float weightDecay;
        @Option(names = "--hidden", defaultValue = "256") int hidden;
        @Option(names = "--dropout", defaultValue = "0.1") float dropout;

        @Option(names = "--backbone", defaultValue = "mobilenetv2-12-int8-dyn",
                description = "vlm-svc embedding model (the reference used CLIP ViT-B/16; default ${DEFAULT-VALUE}).")
        String backbone;

        @Option(names = "--eventness-method", defaultValue = "energy",
                description = "eventness-svc method of the audio anchors (default ${DEFAULT-VALUE}).")
        String eventnessMethod;

        @Option(names = "--limit-train", defaultValue = "0", description = "At most this many train videos (0 = all).")
        int limitTrain;

        @Option(names = "--limit-val", defaultValue = "0", description = "At most this many val videos (0 = all).")
        int limitVal;

        @Option(names = "--threads-per-training", defaultValue = "1") int threads;

        MultiLabelConfig training() {
            return new MultiLabelConfig(hidden, dropout, lr, weightDecay, epochs, batchSize);
        }
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Run the EPIC evaluation against running services: metrics.json, plans.jsonl, accounting.json.")
    static final class Eval implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        RunOptions run;

        @Option(names = "--epic", description = "EPIC-layout directory (what `ltl simulate epic` writes): the two "
                + "annotation CSVs, the split files and videos/.")
        Path epic;

        @Option(names = "--train-csv", description = "EPIC_Sounds_train.csv (default: <epic>/EPIC_Sounds_train.csv).")
        Path trainCsv;

        @Option(names = "--val-csv", description = "EPIC_Sounds_validation.csv (default: <epic>/EPIC_Sounds_validation.csv).")
        Path valCsv;

        @Option(names = "--train-ids", description = "Video-level split file of train video ids (one per line).")
        Path trainIds;

        @Option(names = "--val-ids", description = "Video-level split file of val video ids.")
        Path valIds;

        @Option(names = "--videos", description = "Directory of <video_id>.mp4 (default: <epic>/videos).")
        Path videos;

        @Option(names = "--out", required = true) Path out;

        @Option(names = "--cache", description = "Feature cache root (default: <out>/../feature-cache).")
        Path cache;

        @Option(names = "--eventness", defaultValue = "localhost:8081") String eventnessTarget;
        @Option(names = "--planner", defaultValue = "localhost:8082") String plannerTarget;
        @Option(names = "--vlm", defaultValue = "localhost:8083") String vlmTarget;

        @Override
        public Integer call() throws Exception {
            if (epic == null && (trainCsv == null || valCsv == null || videos == null)) {
                throw new IllegalArgumentException("give --epic DIR, or --train-csv, --val-csv and --videos");
            }
            Path outDir = out.toAbsolutePath().normalize();
            EpicOptions options = new EpicOptions(
                    trainCsv != null ? trainCsv : epic.resolve(SimulatedEpic.TRAIN_CSV),
                    valCsv != null ? valCsv : epic.resolve(SimulatedEpic.VAL_CSV),
                    trainIds != null ? trainIds : existing(epic, SimulatedEpic.TRAIN_IDS),
                    valIds != null ? valIds : existing(epic, SimulatedEpic.VAL_IDS),
                    videos != null ? videos : epic.resolve(SimulatedEpic.VIDEOS_DIR), outDir,
                    cache != null ? cache : outDir.resolveSibling("feature-cache"), run.methods, run.maxSteps,
                    run.maxSeconds, run.seeds, run.training(), run.backbone, run.eventnessMethod, run.limitTrain,
                    run.limitVal, eventnessTarget, plannerTarget, vlmTarget, run.threads);
            EpicMetricsJson metrics = EpicEvaluation.run(options, new ProgressBar(System.err));
            print(System.out, metrics);
            System.out.println("artifacts: " + outDir);
            return 0;
        }

        private static Path existing(Path dir, String name) {
            return dir != null && Files.isRegularFile(dir.resolve(name)) ? dir.resolve(name) : null;
        }
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Start the services, simulate an EPIC-format benchmark (or use --epic DIR), evaluate, print.")
    static final class Demo implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        RunOptions run;

        @Option(names = "--repo", description = "Repository root with the built services (default: current directory).")
        Path repo;

        @Option(names = "--shared", description = "Shared directory root with models/ (default: <repo>/../shared).")
        Path shared;

        @Option(names = "--epic", description = "Use this EPIC-layout directory instead of simulating one.")
        Path epic;

        @Option(names = "--work", description = "Working directory (default: <repo>/run/epic-demo).")
        Path work;

        @Option(names = "--train-videos", defaultValue = "24") int trainVideos;
        @Option(names = "--val-videos", defaultValue = "12") int valVideos;

        @Override
        public Integer call() throws Exception {
            Path root = (repo == null ? Path.of("") : repo).toAbsolutePath().normalize();
            Path sharedDir = shared == null ? root.resolve("../shared").normalize() : shared.toAbsolutePath();
            Path workDir = work == null ? root.resolve("run/epic-demo") : work.toAbsolutePath();
            Path data = epic;
            if (data == null) {
                data = workDir.resolve("data");
                if (!Files.exists(data.resolve(SimulatedEpic.VAL_CSV))) {
                    System.err.println("simulating " + trainVideos + " + " + valVideos + " videos in " + data + " ...");
                    SimulatedEpic.generate(data, SimulatedEpicSpec.defaults().withVideos(trainVideos, valVideos));
                }
            }
            Map<String, String> models = Map.of("ltl.models.roots", root.resolve("models") + ","
                    + sharedDir.resolve("models"));
            Path logs = workDir.resolve("logs");
            try (ServiceProcess eventness = ServiceProcess.start("eventness-svc",
                    root.resolve("eventness-svc/target/quarkus-app/quarkus-run.jar"), models, logs);
                 ServiceProcess planner = ServiceProcess.start("planner-svc",
                         root.resolve("planner-svc/target/quarkus-app/quarkus-run.jar"), Map.of(), logs);
                 ServiceProcess vlm = ServiceProcess.start("vlm-svc",
                         root.resolve("vlm-svc/target/quarkus-app/quarkus-run.jar"), models, logs)) {
                eventness.awaitReady(Duration.ofMinutes(2));
                planner.awaitReady(Duration.ofMinutes(2));
                vlm.awaitReady(Duration.ofMinutes(2));
                Path outDir = workDir.resolve("eval");
                EpicOptions options = new EpicOptions(data.resolve(SimulatedEpic.TRAIN_CSV),
                        data.resolve(SimulatedEpic.VAL_CSV), null, null, data.resolve(SimulatedEpic.VIDEOS_DIR), outDir,
                        workDir.resolve("feature-cache"), run.methods, run.maxSteps, run.maxSeconds, run.seeds,
                        run.training(), run.backbone, run.eventnessMethod, run.limitTrain, run.limitVal,
                        eventness.target(), planner.target(), vlm.target(), run.threads);
                print(System.out, EpicEvaluation.run(options, new ProgressBar(System.err)));
                System.out.println("artifacts: " + outDir);
            }
            return 0;
        }
    }

    /** One line per method: mAP and macro-F1 (mean ± std over seeds), Δ mAP vs uniform, tokens per video. */
    static void print(PrintStream out, EpicMetricsJson metrics) {
        out.printf(Locale.ROOT, "EPIC-SOUNDS video-level: %d train / %d val videos, %d classes, budget %d tokens "
                + "(max_steps %d), backbone %s%n", metrics.nTrain(), metrics.nVal(), metrics.numClasses(),
                metrics.budgetTokens(), metrics.maxSteps(), metrics.backbone());
        out.printf(Locale.ROOT, "%-16s %-18s %-18s %-12s %s%n", "method", "mAP", "macro-F1@0.5", "dmAP", "tokens/video");
        for (Map.Entry<String, EpicMethodMetrics> e : metrics.methods().entrySet()) {
            EpicMethodMetrics m = e.getValue();
            Double delta = metrics.mapDeltaVsUniform().get(e.getKey());
            out.printf(Locale.ROOT, "%-16s %.4f +- %.4f    %.4f +- %.4f    %-12s %.0f%n", e.getKey(), m.mapMean(),
                    m.mapStd(), m.f1Mean(), m.f1Std(), delta == null ? "-" : String.format(Locale.ROOT, "%+.4f", delta),
                    m.meanTokensPerVideo());
        }
    }
}

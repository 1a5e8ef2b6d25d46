package dev.ltl.orchestrator.cli;

import dev.ltl.common.process.ServiceProcess;
import dev.ltl.eval.artifacts.BestConfigFile;
import dev.ltl.eval.artifacts.MetricsJson;
import dev.ltl.eval.data.AveSplit;
import dev.ltl.eval.engine.ave.AveOptions;
import dev.ltl.eval.engine.ave.AveSession;
import dev.ltl.eval.engine.ave.AveWorkflows;
import dev.ltl.eval.engine.ave.Baselines;
import dev.ltl.eval.engine.ave.TrainSettings;
import dev.ltl.eval.simulate.SimulatedAve;
import dev.ltl.eval.simulate.SimulationSpec;
import dev.ltl.eval.train.domain.OptimizerConfig;
import dev.ltl.planner.domain.PlannerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ltl ave demo}: the end-to-end evaluation in one command. Starts eventness-svc,
 * planner-svc and vlm-svc from their packaged apps, generates a small simulated benchmark (or uses
 * {@code --ave DIR}), sweeps a candidate set on val, reproduces the best config on test, writes
 * diagnose.json, and prints the anchored-vs-uniform table with Δ and p.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the services, simulate a benchmark, sweep + test + diagnose, print the table.")
public final class AveDemoCommand implements Callable<Integer> {
    @Option(names = "--repo", description = "Repository root with the built services (default: current directory).")
    Path repo;

    @Option(names = "--shared", description = "Shared models directory root (default: <repo>/../shared).")
    Path shared;

    @Option(names = "--ave", description = "Use this AVE-layout directory instead of simulating one.")
    Path ave;

    @Option(names = "--work", description = "Working directory (default: <repo>/run/ave-demo).")
    Path work;

    @Option(names = "--clips", defaultValue = "150", description = "Simulated clips (default ${DEFAULT-VALUE}).")
    int clips;

    @Option(names = "--candidate-set", defaultValue = "ltl_top1med_norm_v1") String candidateSet;

    @Option(names = "--seeds", split = ",", defaultValue = "0,1,2") List<Integer> seeds;

    @Option(names = "--epochs", defaultValue = "20",
            description = "Training epochs (default ${DEFAULT-VALUE}: a small benchmark needs more steps than AVE's 5).")
    int epochs;

    @Override
    public Integer call() throws Exception {
        Path root = (repo == null ? Path.of("") : repo).toAbsolutePath().normalize();
        Path sharedDir = shared == null ? root.resolve("../shared").normalize() : shared.toAbsolutePath();
        Path workDir = work == null ? root.resolve("run/ave-demo") : work.toAbsolutePath();
        Path data = ave;
        if (data == null) {
            data = workDir.resolve("data");
            if (!Files.exists(data.resolve("testSet.txt"))) {
                System.err.println("simulating " + clips + " clips in " + data + " ...");
                SimulatedAve.write(data, SimulationSpec.defaults(clips, 0));
            }
        }
        String roots = root.resolve("models") + "," + sharedDir.resolve("models");
        Map<String, String> models = Map.of("ltl.models.roots", roots);
        Path logs = workDir.resolve("logs");
        try (ServiceProcess eventness = ServiceProcess.start("eventness-svc",
                root.resolve("eventness-svc/target/quarkus-app/quarkus-run.jar"), models, logs);
             ServiceProcess planner = ServiceProcess.start("planner-svc",
                     root.resolve("planner-svc/target/quarkus-app/quarkus-run.jar"), Map.of(), logs);
             ServiceProcess vlm = ServiceProcess.start("vlm-svc",
                     root.resolve("vlm-svc/target/quarkus-app/quarkus-run.jar"), models, logs)) {
            eventness.awaitReady(Duration.ofMinutes(2));
            planner.awaitReady(Duration.ofMinutes(2));
            // vlm-svc is ready only with a backbone loaded: wait for it to run, then say which model is missing.
            vlm.awaitLive(Duration.ofMinutes(2));
            System.err.println("services ready: eventness " + eventness.target() + ", planner " + planner.target()
                    + ", vlm " + vlm.target());
            String notReady = backboneProblem(vlm.target());
            if (notReady != null) {
                System.err.println("cannot run the AVE evaluation: the backbone " + BACKBONE + " is not available ("
                        + notReady + "). It ships in ../shared/models on CI and developer machines; a user downloads "
                        + "mobilenetv2-12-int8 from the ONNX Model Zoo and derives the -dyn variant as README \"Models\""
                        + " describes, or points --shared at a directory holding models/" + BACKBONE + "/1/model.onnx.");
                return 3;
            }
            TrainSettings settings = new TrainSettings(new OptimizerConfig(epochs, 16, 0.002f, 0f));
            AveOptions sweepOptions = options(data, workDir.resolve("sweep"), AveSplit.VAL, settings, eventness, planner,
                    vlm, workDir);
            Path best;
            try (AveSession session = AveSession.open(sweepOptions, new ProgressBar(System.err))) {
                AveWorkflows.SweepOutcome outcome = AveWorkflows.sweep(session, candidateSet, 0.1);
                System.out.printf("sweep of %s: %d candidates, %d trainings run, best %s%n", candidateSet,
                        outcome.metricsByCandidate().size(), outcome.trainingsRun(),
                        outcome.summary().best() == null ? "none" : outcome.summary().best().name());
                best = workDir.resolve("sweep/best_config.json");
            }
            AveOptions testOptions = options(data, workDir.resolve("test"), AveSplit.TEST, settings, eventness, planner,
                    vlm, workDir);
            try (AveSession session = AveSession.open(testOptions, new ProgressBar(System.err))) {
                PlannerConfig config = BestConfigFile.asReplayedByRun(BestConfigFile.read(best));
                MetricsJson metrics = AveWorkflows.run(session, config.toMap(), List.of(Baselines.UNIFORM,
                        Baselines.RANDOM, Baselines.ANCHORED, Baselines.ORACLE));
                AveWorkflows.diagnose(workDir.resolve("test/metrics.json"), session.data().labels(),
                        workDir.resolve("test/diagnose.json"));
                ResultTable.print(System.out, "test reproduction of " + config.name(), metrics);
            }
            System.out.println("artifacts: " + workDir.resolve("sweep") + ", " + workDir.resolve("test"));
        }
        return 0;
    }

    private static final String BACKBONE = "mobilenetv2-12-int8-dyn";

    /** Why vlm-svc cannot embed with the demo's backbone, or null when it is ready. */
    private static String backboneProblem(String vlmTarget) throws InterruptedException {
        io.grpc.ManagedChannel channel = io.grpc.ManagedChannelBuilder.forTarget(vlmTarget).usePlaintext().build();
        try {
            for (dev.ltl.proto.vlm.v1.ModelInfo model : dev.ltl.proto.vlm.v1.VlmServiceGrpc.newBlockingStub(channel)
                    .listModels(dev.ltl.proto.vlm.v1.ListModelsRequest.getDefaultInstance()).getModelsList()) {
                if (model.getStatus().getName().equals(BACKBONE)) {
                    return model.getStatus().getState() == dev.ltl.proto.common.v1.ModelState.MODEL_STATE_READY ? null
                            : model.getStatus().getState() + ": " + model.getStatus().getMessage();
                }
            }
            return "vlm-svc does not serve it";
        } finally {
            channel.shutdownNow().awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private AveOptions options(Path data, Path out, AveSplit split, TrainSettings settings, ServiceProcess eventness,
                               ServiceProcess planner, ServiceProcess vlm, Path workDir) {
        return new AveOptions(data, data.resolve("videos"), out, out.getFileName().toString(), split, false, 0, 0,
                seeds, "energy_stride_max", null, BACKBONE, workDir.resolve("feature-cache"), null,
                eventness.target(), planner.target(), vlm.target(), settings, 2, 1);
    }
}

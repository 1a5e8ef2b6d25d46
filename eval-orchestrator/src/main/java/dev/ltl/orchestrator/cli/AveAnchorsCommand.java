package dev.ltl.orchestrator.cli;

import dev.ltl.eval.analysis.AnchorsMetricsJson;
import dev.ltl.eval.artifacts.ArtifactJson;
import dev.ltl.eval.artifacts.BestConfigFile;
import dev.ltl.eval.cache.EventnessScoresFile;
import dev.ltl.eval.data.AveDataset;
import dev.ltl.eval.engine.accounting.AccountingLedger;
import dev.ltl.eval.engine.ave.AveAnalyses;
import dev.ltl.eval.engine.ave.AveOptions;
import dev.ltl.eval.engine.ave.Stage1Scores;
import dev.ltl.eval.engine.clients.EventnessClient;
import dev.ltl.eval.engine.clients.GrpcChannels;
import dev.ltl.eval.engine.clients.PlannerClient;
import dev.ltl.planner.domain.PlannerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ltl ave anchors}: Recall@K,Δ of a Stage-1 method's anchors on a split (reference §5.8). */
@Command(name = "anchors", mixinStandardHelpOptions = true,
        description = "Recall@K,Δ of anchors (planner-svc, a config) from Stage-1 scores (eventness-svc or a file) "
                + "against the labels of a split: <out>/anchors_metrics.json.")
final class AveAnchorsCommand implements Callable<Integer> {
    @Mixin
    SplitDataOptions data;

    @Option(names = "--out", required = true, description = "Output directory.")
    Path out;

    @Option(names = "--config", description = "A best_config.json for anchor selection (default: library defaults).")
    Path config;

    @Option(names = "--scores-json", description = "Stage-1 scores ({clip: [..]} or eventness_scores.json) instead of "
            + "eventness-svc.")
    Path scoresJson;

    @Option(names = "--eventness-method", defaultValue = "energy_stride_max",
            description = "eventness-svc method (default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--deltas", split = ",", defaultValue = "0,1,2", description = "Δ values (default ${DEFAULT-VALUE}).")
    List<Integer> deltas;

    @Option(names = "--eventness", defaultValue = "localhost:8081", description = "eventness-svc target.")
    String eventnessTarget;

    @Option(names = "--planner", defaultValue = "localhost:8082", description = "planner-svc target.")
    String plannerTarget;

    @Override
    public Integer call() throws Exception {
        AveDataset dataset = data.load(scoresJson == null);
        List<String> ids = dataset.ids(data.evalSplit());
        Files.createDirectories(out);
        AccountingLedger ledger = new AccountingLedger();
        PlannerConfig cfg = config == null ? PlannerConfig.defaults() : BestConfigFile.read(config);
        try (GrpcChannels channels = new GrpcChannels()) {
            Map<String, double[]> scores;
            String methodName;
            if (scoresJson != null) {
                scores = EventnessScoresFile.readExternal(scoresJson, AveOptions.NUM_SECONDS);
                List<String> missing = ids.stream().filter(id -> !scores.containsKey(id)).toList();
                if (!missing.isEmpty()) {
                    throw new IllegalArgumentException(scoresJson + " lacks " + missing.size() + " clips (first: "
                            + missing.get(0) + ")");
                }
                methodName = "external";
            } else {
                scores = Stage1Scores.fetch(out.resolve(EventnessScoresFile.FILE_NAME), method, ids,
                        id -> dataset.videoPath(id).orElseThrow(),
                        new EventnessClient(channels.to(eventnessTarget), 4), ledger, new ProgressBar(System.err));
                methodName = method;
            }
            AnchorsMetricsJson result = AveAnalyses.anchors(new PlannerClient(channels.to(plannerTarget), 256),
                    cfg.toMap(), methodName, String.valueOf(data.metaDir()), ids,
                    SplitDataOptions.labelsOf(dataset, ids), scores, deltas, ledger);
            Path file = out.resolve(AveAnalyses.ANCHORS_FILE);
            ArtifactJson.write(file, result);
            result.metrics().byDelta().forEach((delta, r) -> System.out.printf(Locale.ROOT,
                    "Recall@%d,Δ%s: ours %.4f, random %.4f (%d clips)%n", result.metrics().k(), delta,
                    r.oursMeanRecall(), r.randomMeanRecall(), r.numClips()));
            System.out.println("wrote " + file);
        }
        return 0;
    }
}

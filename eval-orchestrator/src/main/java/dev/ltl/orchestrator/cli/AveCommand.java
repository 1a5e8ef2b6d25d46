package dev.ltl.orchestrator.cli;

import dev.ltl.eval.artifacts.ArtifactJson;
import dev.ltl.eval.artifacts.BestConfigFile;
import dev.ltl.eval.artifacts.MetricsJson;
import dev.ltl.eval.data.AveDataset;
import dev.ltl.eval.data.AveLoadOptions;
import dev.ltl.eval.data.AveSplit;
import dev.ltl.eval.engine.ave.AveSession;
import dev.ltl.eval.engine.ave.AveWorkflows;
import dev.ltl.eval.engine.ave.Baselines;
import dev.ltl.planner.domain.PlannerConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ltl ave sweep | run | diagnose | demo} and the analyses (anchors, evidence, pareto, degradation, plot-clips). */
@Command(name = "ave", description = "AVE evaluation: sweeps, runs, diagnostics and analyses.",
        subcommands = {AveCommand.Sweep.class, AveCommand.Run.class, AveCommand.Diagnose.class, AveDemoCommand.class,
                AveAnchorsCommand.class, AveEvidenceCommand.class, AveParetoCommand.class, AveDegradationCommand.class,
                AveDegradationAccuracyCommand.class, AvePlotClipsCommand.class, ServeCommand.class})
public final class AveCommand {

    @Command(name = "sweep", mixinStandardHelpOptions = true,
            description = "Sweep a candidate set on val: <out>/<candidate>/{config,metrics}.json, sweep_summary.json, "
                    + "best_config.json, eventness_scores.json, run_summary.json. Resumable: rerun to continue.")
    static final class Sweep implements Callable<Integer> {
        @Mixin
        SessionOptions session;

        @Option(names = "--candidate-set", defaultValue = "ltl_top1med_norm_v1",
                description = "Candidate set (default ${DEFAULT-VALUE}).")
        String candidateSet;

        @Option(names = "--p-filter", defaultValue = "0.1", description = "Selection p filter (default ${DEFAULT-VALUE}).")
        double pFilter;

        @Option(names = "--split", defaultValue = "val", description = "Eval split: val or test (default ${DEFAULT-VALUE}).")
        String split;

        @Override
        public Integer call() throws Exception {
            try (AveSession s = AveSession.open(session.toOptions(splitOf(split)), new ProgressBar(System.err))) {
                AveWorkflows.SweepOutcome outcome = AveWorkflows.sweep(s, candidateSet, pFilter);
                System.out.printf("%d candidates, %d trainings run; best: %s%n",
                        outcome.metricsByCandidate().size(), outcome.trainingsRun(),
                        outcome.summary().best() == null ? "none" : outcome.summary().best().name());
                if (outcome.summary().best() != null) {
                    ResultTable.print(System.out, "best candidate " + outcome.summary().best().name(),
                            outcome.metricsByCandidate().get(outcome.summary().best().name()));
                }
            }
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run the baselines of one config (e.g. best_config.json) on a split: metrics.json.")
    static final class Run implements Callable<Integer> {
        @Mixin
        SessionOptions session;

        @Option(names = "--config", required = true, description = "A best_config.json.")
        Path config;

        @Option(names = "--split", defaultValue = "test", description = "Eval split (default ${DEFAULT-VALUE}).")
        String split;

        @Option(names = "--baselines", split = ",",
                defaultValue = "uniform,uniform_low,random_top2,anchored_top2,oracle_top2",
                description = "Baselines (default ${DEFAULT-VALUE}); cheap_visual adds a run on frame_diff scores.")
        List<String> baselines;

        @Override
        public Integer call() throws Exception {
            // [QUIRK] like the reference's `run`, the gate and visual-fallback keys of best_config are not replayed.
            PlannerConfig replayed = BestConfigFile.asReplayedByRun(BestConfigFile.read(config));
            baselines.forEach(Baselines::requireKnown);
            try (AveSession s = AveSession.open(session.toOptions(splitOf(split)), new ProgressBar(System.err))) {
                MetricsJson metrics = AveWorkflows.run(s, replayed.toMap(), baselines);
                ResultTable.print(System.out, config.getFileName() + " on " + split, metrics);
            }
            return 0;
        }
    }

    @Command(name = "diagnose", mixinStandardHelpOptions = true,
            description = "diagnose.json from a metrics.json and the AVE annotations.")
    static final class Diagnose implements Callable<Integer> {
        @Option(names = "--metrics", required = true) Path metrics;
        @Option(names = "--ave", description = "AVE-layout directory.") Path ave;
        @Option(names = "--meta", description = "AVE metadata directory.") Path meta;
        @Option(names = "--out", description = "Output file (default: diagnose.json beside the metrics).") Path out;

        @Override
        public Integer call() {
            Path metaDir = meta != null ? meta : ave;
            if (metaDir == null) {
                throw new IllegalArgumentException("give --ave DIR or --meta DIR");
            }
            AveDataset dataset = AveDataset.load(metaDir, null, AveLoadOptions.defaults());
            Map<String, int[]> labels = new LinkedHashMap<>();
            for (AveSplit split : AveSplit.values()) {
                dataset.ids(split).forEach(id -> labels.put(id, dataset.labels(id)));
            }
            Path target = out != null ? out : metrics.toAbsolutePath().resolveSibling("diagnose.json");
            AveWorkflows.diagnose(metrics, labels, target);
            System.out.println("wrote " + target);
            return 0;
        }
    }

    static AveSplit splitOf(String name) {
        return switch (name) {
            case "val" -> AveSplit.VAL;
            case "test" -> AveSplit.TEST;
            default -> throw new IllegalArgumentException("--split must be val or test, got '" + name + "'");
        };
    }

    static MetricsJson readMetrics(Path file) {
        return ArtifactJson.read(file, MetricsJson.class);
    }
}

package dev.ltl.orchestrator.api;

import dev.ltl.eval.artifacts.BestConfigFile;
import dev.ltl.eval.artifacts.MetricsJson;
import dev.ltl.eval.data.AveDataset;
import dev.ltl.eval.data.AveLoadOptions;
import dev.ltl.eval.data.AveSplit;
import dev.ltl.eval.engine.ave.AveSession;
import dev.ltl.eval.engine.ave.AveWorkflows;
import dev.ltl.eval.engine.ave.Progress;
import dev.ltl.planner.domain.PlannerConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The real runs: the same engine calls as {@code ltl ave sweep | run | diagnose}, in this process,
 * against the services named in the options. Every finished training is persisted in the run
 * store of the output directory, so a restarted run resumes.
 */
public final class AveRunExecutor implements RunExecutor {

    public AveRunExecutor() {
        // DJL must never reach the network; the CLI sets these first, this covers embedded servers.
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (System.getProperty("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", "true");
        }
    }

    @Override
    public String execute(RunSpec spec, Progress progress) throws Exception {
        if (spec instanceof RunSpec.Sweep sweep) {
            return sweep(sweep, progress);
        }
        if (spec instanceof RunSpec.ConfigRun run) {
            return configRun(run, progress);
        }
        return diagnose((RunSpec.Diagnose) spec);
    }

    private static String sweep(RunSpec.Sweep sweep, Progress progress) throws Exception {
        try (AveSession session = AveSession.open(sweep.options(), progress)) {
            AveWorkflows.SweepOutcome outcome = AveWorkflows.sweep(session, sweep.candidateSet(), sweep.pFilter());
            return "sweep of " + sweep.candidateSet() + ": " + outcome.metricsByCandidate().size() + " candidates, "
                    + outcome.trainingsRun() + " trainings run, best "
                    + (outcome.summary().best() == null ? "none" : outcome.summary().best().name());
        }
    }

    private static String configRun(RunSpec.ConfigRun run, Progress progress) throws Exception {
        // [QUIRK] like the reference's `run` (and `ltl ave run`), the gate and visual-fallback keys of
        // best_config.json are not replayed.
        PlannerConfig replayed = BestConfigFile.asReplayedByRun(BestConfigFile.read(run.config()));
        try (AveSession session = AveSession.open(run.options(), progress)) {
            MetricsJson metrics = AveWorkflows.run(session, replayed.toMap(), run.baselines());
            return "run of " + run.config().getFileName() + " on " + run.options().evalSplit().shortName() + ": "
                    + metrics.baselines().size() + " baselines x " + run.options().seeds().size() + " seeds -> "
                    + run.options().outDir().resolve("metrics.json");
        }
    }

    private static String diagnose(RunSpec.Diagnose diagnose) {
        AveDataset dataset = AveDataset.load(diagnose.metaDir(), null, AveLoadOptions.defaults());
        Map<String, int[]> labels = new LinkedHashMap<>();
        for (AveSplit split : AveSplit.values()) {
            dataset.ids(split).forEach(id -> labels.put(id, dataset.labels(id)));
        }
        AveWorkflows.diagnose(diagnose.metricsFile(), labels, diagnose.outFile());
        return "wrote " + diagnose.outFile();
    }
}

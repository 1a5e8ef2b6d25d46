package dev.ltl.eval.engine.ave;

import dev.ltl.eval.analysis.Diagnose;
import dev.ltl.eval.artifacts.ArtifactJson;
import dev.ltl.eval.artifacts.BestConfigFile;
import dev.ltl.eval.artifacts.DiagnoseJson;
import dev.ltl.eval.artifacts.MetricsJson;
import dev.ltl.eval.artifacts.SweepRunInfo;
import dev.ltl.eval.artifacts.SweepSummaryJson;
import dev.ltl.eval.artifacts.TrainCfg;
import dev.ltl.eval.data.AveSplit;
import dev.ltl.eval.sweep.Candidate;
import dev.ltl.eval.sweep.CandidateSets;
import dev.ltl.eval.sweep.SweepEntry;
import dev.ltl.planner.domain.PlannerConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * The reference pipeline (§5.3) on top of an {@link AveSession}: a sweep of a candidate set on
 * val, a run of one config (test reproduction), and diagnose. Artifacts keep the reference names
 * and keys; {@code run_summary.json} adds the accounting of every service call.
 */
public final class AveWorkflows {
    private AveWorkflows() {
    }

    /** What a sweep produced. */
    public record SweepOutcome(SweepSummaryJson summary, Map<String, MetricsJson> metricsByCandidate,
                               int trainingsRun) {
    }

    public static SweepOutcome sweep(AveSession session, String candidateSet, double pFilter)
            throws IOException, InterruptedException, ExecutionException {
        long started = System.nanoTime();
        List<Candidate> candidates = CandidateSets.forName(candidateSet);
        Set<Integer> resolutions = new LinkedHashSet<>();
        candidates.forEach(c -> resolutions.addAll(AveSession.resolutionsOf(c.config())));
        session.prepareFeatures(resolutions);
        AveRunner runner = session.runner();
        // Submit every candidate's trainings first: the pool runs them in parallel and trains shared
        // baselines (uniform, random) once for all candidates.
        List<AveRunner.PendingConfig> pending = new ArrayList<>();
        for (Candidate candidate : candidates) {
            pending.add(runner.submit(candidate.name(), candidate.config(), Baselines.SWEEP,
                    session.options().seeds()));
        }
        Path out = session.options().outDir();
        List<SweepEntry> entries = new ArrayList<>();
        Map<String, MetricsJson> metrics = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            MetricsJson m = runner.metrics(pending.get(i));
            Path dir = out.resolve(candidate.name());
            BestConfigFile.write(dir.resolve("config.json"), candidate.plannerConfig());
            ArtifactJson.write(dir.resolve("metrics.json"), m);
            entries.add(SweepSummaryJson.entry(candidate, dir.resolve("metrics.json").toString(), m));
            metrics.put(candidate.name(), m);
        }
        SweepSummaryJson summary = SweepSummaryJson.of(runInfo(session, candidateSet, pFilter), entries);
        ArtifactJson.write(out.resolve("sweep_summary.json"), summary);
        if (summary.best() != null) {
            BestConfigFile.write(out.resolve("best_config.json"), PlannerConfig.fromMap(summary.best().candidate()));
        }
        writeRunSummary(session, "sweep", started);
        return new SweepOutcome(summary, metrics, session.trainingsStarted());
    }

    /** How many eval clips {@code ave run} draws a ClipPlot for (in {@code <out>/plots}). */
    public static final int RUN_CLIP_PLOTS = 8;

    /**
     * Runs one config's baselines on the session's eval split and writes metrics.json, plus a
     * ClipPlot of the first {@value #RUN_CLIP_PLOTS} eval clips in {@code plots/}.
     */
    public static MetricsJson run(AveSession session, Map<String, Object> config, List<String> baselines)
            throws IOException, InterruptedException, ExecutionException {
        long started = System.nanoTime();
        prepareInputs(session, AveSession.resolutionsOf(config), baselines);
        AveRunner runner = session.runner();
        MetricsJson metrics = runner.metrics(runner.submit("run", config, baselines, session.options().seeds()));
        Path out = session.options().outDir();
        ArtifactJson.write(out.resolve("metrics.json"), metrics);
        AveAnalyses.plotClips(metrics, out.resolve("plots"), RUN_CLIP_PLOTS);
        writeRunSummary(session, "run", started);
        return metrics;
    }

    /**
     * Loads what the baselines need before planning: features at every resolution, the basic
     * audio features (audio_feat_concat_*), the frame_diff scores (cheap_visual).
     */
    static void prepareInputs(AveSession session, Set<Integer> resolutions, List<String> baselines)
            throws IOException, InterruptedException {
        baselines.forEach(Baselines::requireKnown);
        session.prepareFeatures(resolutions);
        if (baselines.stream().anyMatch(b -> Baselines.variant(b) == Baselines.FeatureVariant.AUDIO_FEAT_CONCAT)) {
            session.prepareBasicAudioFeatures();
        }
        if (baselines.stream().anyMatch(Baselines::usesCheapVisualScores)) {
            session.prepareCheapVisualScores();
        }
    }

    /** diagnose.json for a metrics.json (reference §5.7), labels from the dataset. */
    public static DiagnoseJson diagnose(Path metricsFile, Map<String, int[]> labelsByClip, Path out) {
        MetricsJson metrics = ArtifactJson.read(metricsFile, MetricsJson.class);
        DiagnoseJson diagnose = Diagnose.compute(metrics, metricsFile.toString(), labelsByClip,
                Diagnose.DEFAULT_DELTAS, Diagnose.DEFAULT_TOP_N);
        ArtifactJson.write(out, diagnose);
        return diagnose;
    }

    private static SweepRunInfo runInfo(AveSession session, String candidateSet, double pFilter) {
        AveOptions o = session.options();
        return new SweepRunInfo(String.valueOf(o.metaDir()), String.valueOf(o.videosDir()), String.valueOf(o.cacheDir()),
                AveSplit.TRAIN.shortName(), o.evalSplit().shortName(), session.data().trainIds().size(),
                session.data().evalIds().size(), o.seeds(),
                new TrainCfg(o.settings().optimizer().epochs(), o.settings().optimizer().batchSize(),
                        o.settings().optimizer().learningRate(), o.settings().optimizer().weightDecay()),
                candidateSet, o.scoresJson() != null ? "external" : o.eventnessMethod(),
                o.scoresJson() == null ? null : o.scoresJson().toString(), "eventness-svc", "cpu", pFilter);
    }

    static void writeRunSummary(AveSession session, String kind, long startedNanos) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("kind", kind);
        summary.put("run_id", session.options().runId());
        summary.put("wall_time_s", (System.nanoTime() - startedNanos) / 1e9);
        summary.put("trainings_run", session.trainingsStarted());
        summary.put("train_clips", session.data().trainIds().size());
        summary.put("eval_clips", session.data().evalIds().size());
        summary.put("accounting", session.ledger().summary());
        ArtifactJson.write(session.options().outDir().resolve("run_summary.json"), summary);
    }
}

package dev.ltl.eval.engine.ave;

import dev.ltl.common.media.DecodeOptions;
import dev.ltl.common.media.DecodedMedia;
import dev.ltl.common.media.MediaDecodeException;
import dev.ltl.common.media.MediaDecoder;
import dev.ltl.eval.analysis.AnchorEvaluation;
import dev.ltl.eval.analysis.AnchorsMetricsJson;
import dev.ltl.eval.analysis.ClipDeltas;
import dev.ltl.eval.analysis.DegradationCondition;
import dev.ltl.eval.analysis.DegradationGrid;
import dev.ltl.eval.analysis.DegradationSuite;
import dev.ltl.eval.analysis.DegradationSuiteJson;
import dev.ltl.eval.analysis.EvidenceAlignmentJson;
import dev.ltl.eval.analysis.EvidenceAlignmentReport;
import dev.ltl.eval.analysis.OracleVsPredictedJson;
import dev.ltl.eval.analysis.ParetoGrid;
import dev.ltl.eval.analysis.ParetoPoint;
import dev.ltl.eval.analysis.ParetoReport;
import dev.ltl.eval.analysis.Triad;
import dev.ltl.eval.artifacts.ArtifactJson;
import dev.ltl.eval.artifacts.BaselineResult;
import dev.ltl.eval.artifacts.DebugEvalRecord;
import dev.ltl.eval.artifacts.MetricsAssembler;
import dev.ltl.eval.artifacts.MetricsJson;
import dev.ltl.eval.artifacts.SeedResult;
import dev.ltl.eval.artifacts.TokenUsage;
import dev.ltl.eval.artifacts.TrainCfg;
import dev.ltl.eval.data.AveDataset;
import dev.ltl.eval.data.AveSplit;
import dev.ltl.eval.engine.accounting.AccountingLedger;
import dev.ltl.eval.engine.clients.PlannerClient;
import dev.ltl.eval.plot.ClipPlot;
import dev.ltl.eval.plot.ParetoPlot;
import dev.ltl.planner.domain.PlannerConfig;
import dev.ltl.proto.planner.v1.Baseline;
import dev.ltl.proto.planner.v1.PlanRequest;
import dev.ltl.proto.planner.v1.PlanResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The AVE analyses of reference §5.8–§5.12 wired to the services and the run engine: anchor
 * Recall@K,Δ, evidence alignment Cov@τ, the Pareto grid over triads with oracle-vs-predicted, the
 * degradation suite, and per-clip plots. The computations themselves live in eval-core
 * ({@code dev.ltl.eval.analysis}); this class gathers their inputs (plans from planner-svc, scores
 * from eventness-svc, trained runs) and writes the reference artifacts.
 */
public final class AveAnalyses {
    public static final String ANCHORS_FILE = "anchors_metrics.json";
    public static final String EVIDENCE_FILE = "evidence_alignment.json";
    public static final String PARETO_FILE = "pareto_report.json";
    public static final String PARETO_PNG = "pareto.png";
    public static final String ORACLE_VS_PREDICTED_FILE = "oracle_vs_predicted.json";
    public static final String DEGRADATION_FILE = "degradation_suite.json";
    public static final String DEGRADATION_ACCURACY_FILE = "degradation_accuracy.json";
    /** What a Pareto triad run trains (§5.12); cheap_visual is added on request. */
    public static final List<String> PARETO_BASELINES = List.of(Baselines.UNIFORM, Baselines.RANDOM,
            Baselines.ANCHORED, Baselines.ORACLE);

    private AveAnalyses() {
    }

    // ---- §5.8 anchors ------------------------------------------------------------------------

    /**
     * The config the anchor evaluation plans with: §5.8 says the "ours" anchors use the full gate,
     * selection and shift but no drop-far, so {@code anchor_drop_far_dist} is forced to 0.
     */
    public static Map<String, Object> anchorEvalConfig(Map<String, Object> config) {
        Map<String, Object> out = new LinkedHashMap<>(config);
        out.put("anchor_drop_far_dist", 0);
        return out;
    }

    /**
     * Recall@K,Δ of a Stage-1 method's anchors (§5.8, {@code ave_anchor_eval}): anchored plans of
     * every clip from planner-svc under {@link #anchorEvalConfig}, their final anchors against the
     * labels, random anchors from Python's {@code Random(0)}; clips without events are excluded.
     *
     * @param method  Stage-1 method name written to the file
     * @param dataDir written as {@code data_dir}
     * @param ids     clips in order; labels and scores must hold each
     */
    public static AnchorsMetricsJson anchors(PlannerClient planner, Map<String, Object> config, String method,
                                             String dataDir, List<String> ids, Map<String, int[]> labels,
                                             Map<String, double[]> scores, List<Integer> deltas,
                                             AccountingLedger ledger) throws InterruptedException {
        Map<String, Object> evalConfig = anchorEvalConfig(config);
        List<PlanRequest> requests = new ArrayList<>();
        for (String id : ids) {
            PlanRequest.Builder request = PlanRequest.newBuilder().setRequestId(id)
                    .setConfig(PlannerClient.toStruct(evalConfig)).setBaseline(Baseline.BASELINE_ANCHORED);
            for (double s : scores.get(id)) {
                request.addScores(s);
            }
            requests.add(request.build());
        }
        List<PlanResponse> plans = planner.planAll(requests);
        List<AnchorEvaluation.ClipAnchors> clips = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ledger.record("planner/PlanStream", Baselines.ANCHORED, plans.get(i).getAccounting());
            clips.add(new AnchorEvaluation.ClipAnchors(ids.get(i), anchorsOf(plans.get(i)), labels.get(ids.get(i))));
        }
        int k = PlannerConfig.fromMap(config).k();
        return AnchorsMetricsJson.evaluate(dataDir, method, k, deltas, clips);
    }

    // ---- §5.9 evidence -----------------------------------------------------------------------

    /**
     * Cov@τ (§5.9) of a run's anchored_top2 debug anchors against the labels, correlated with
     * the per-clip δ (anchored − uniform, §5.7). Clips are the debug records with annotations.
     *
     * @param inMetrics the metrics.json path written as {@code in_metrics}
     */
    public static EvidenceAlignmentJson evidence(MetricsJson metrics, String inMetrics, String metaDir,
                                                 Map<String, int[]> labels, double[] taus, double deltaS, int topN) {
        if (metrics.anchoredDebug().isEmpty()) {
            throw new IllegalArgumentException(inMetrics + " has no debug_eval.anchored_top2 records");
        }
        if (!metrics.baselines().contains(Baselines.UNIFORM)) {
            throw new IllegalArgumentException(inMetrics + " lacks the uniform baseline needed for the per-clip δ");
        }
        Map<String, Double> delta = ClipDeltas.of(metrics, Baselines.ANCHORED, Baselines.UNIFORM).delta();
        List<AnchorEvaluation.ClipAnchors> clips = new ArrayList<>();
        metrics.anchoredDebug().forEach((id, record) -> {
            if (labels.containsKey(id)) {
                clips.add(new AnchorEvaluation.ClipAnchors(id, record.anchors(), labels.get(id)));
            }
        });
        List<String> evalIds = metrics.debugEvalClipIds();
        return EvidenceAlignmentJson.of(inMetrics, metaDir, deltaS, taus, evalIds.size(),
                new LinkedHashSet<>(evalIds).size(), EvidenceAlignmentReport.compute(clips, delta, taus, deltaS, topN));
    }

    // ---- §5.12 pareto + oracle vs predicted --------------------------------------------------

    /** The Pareto runner's built-in base config (§5.12): top1_med 0.6, adaptive_v1, shift 1, 160/224/352, temporal_conv. */
    public static PlannerConfig paretoDefaultBase() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("anchor_conf_metric", "top1_med");
        o.put("anchor_conf_threshold", 0.6);
        o.put("anchor_high_policy", "adaptive_v1");
        o.put("anchor_shift", 1);
        o.put("low_res", 160);
        o.put("base_res", 224);
        o.put("high_res", 352);
        o.put("head", "temporal_conv");
        return PlannerConfig.fromMap(o);
    }

    /**
     * A triad's run config: {@link ParetoGrid#configForTriad} with {@code auto} resolved here to
     * the mode {@link Triad#autoBudgetMode} names, so the report can state {@code budget_mode_used}.
     */
    public static PlannerConfig paretoConfig(PlannerConfig base, Triad triad, List<Integer> extras) {
        return ParetoGrid.configForTriad(base, triad, extras)
                .with("budget_mode", triad.autoBudgetMode(base.patchSize()));
    }

    /** What the Pareto grid produced. */
    public record ParetoOutcome(ParetoReport report, OracleVsPredictedJson oracleVsPredicted,
                                Map<String, MetricsJson> metricsByTriad) {
    }

    /**
     * The Pareto grid (§5.12, E0330): one run per triad (uniform, random_top2, anchored_top2,
     * oracle_top2, plus cheap_visual on request) trained in parallel, written to
     * {@code <out>/triad_<l_b_h>/metrics.json}; then {@value #PARETO_FILE}, {@value #PARETO_PNG}
     * and {@value #ORACLE_VS_PREDICTED_FILE} in {@code <out>}.
     */
    public static ParetoOutcome pareto(AveSession session, PlannerConfig base, List<Triad> triads,
                                       List<Integer> extras, boolean includeCheapVisual)
            throws IOException, InterruptedException, ExecutionException {
        long started = System.nanoTime();
        List<String> baselines = new ArrayList<>(PARETO_BASELINES);
        if (includeCheapVisual) {
            baselines.add(Baselines.CHEAP_VISUAL);
        }
        List<PlannerConfig> configs = triads.stream().map(t -> paretoConfig(base, t, extras)).toList();
        Set<Integer> resolutions = new LinkedHashSet<>();
        configs.forEach(c -> resolutions.addAll(AveSession.resolutionsOf(c.toMap())));
        AveWorkflows.prepareInputs(session, resolutions, baselines);
        AveRunner runner = session.runner();
        List<AveRunner.PendingConfig> pending = new ArrayList<>();
        for (int i = 0; i < triads.size(); i++) {
            pending.add(runner.submit(unitOf(triads.get(i)), configs.get(i).toMap(), baselines,
                    session.options().seeds()));
        }
        Path out = session.options().outDir();
        String anchorSource = anchorSource(session.options());
        List<ParetoPoint> points = new ArrayList<>();
        List<ParetoReport.Run> runs = new ArrayList<>();
        Map<String, MetricsJson> byTriad = new LinkedHashMap<>();
        for (int i = 0; i < triads.size(); i++) {
            Triad triad = triads.get(i);
            MetricsJson metrics = runner.metrics(pending.get(i));
            Path file = out.resolve(unitOf(triad)).resolve("metrics.json");
            ArtifactJson.write(file, metrics);
            byTriad.put(triad.label(), metrics);
            MetricsJson cheap = includeCheapVisual ? cheapVisualAsRun(metrics) : null;
            points.addAll(ParetoGrid.points(triad, metrics, file.toString(), anchorSource, cheap,
                    cheap == null ? null : file.toString()));
            runs.add(new ParetoReport.Run(ParetoReport.TriadJson.of(triad), configs.get(i).budgetMode(),
                    file.toString(), cheap == null ? null : file.toString()));
        }
        ParetoReport report = new ParetoReport(points, runs);
        ArtifactJson.write(out.resolve(PARETO_FILE), report);
        ParetoPlot.writePng(out.resolve(PARETO_PNG), points, "accuracy vs vision tokens per clip");
        int main = oracleVsPredictedTriad(base, triads);
        MetricsJson predicted = byTriad.get(triads.get(main).label());
        String predictedPath = out.resolve(unitOf(triads.get(main))).resolve("metrics.json").toString();
        OracleVsPredictedJson ovp = oracleVsPredicted(session, configs.get(main), withoutCheapVisual(predicted),
                predictedPath,
                anchorSource, includeCheapVisual ? cheapVisualAsRun(predicted) : null);
        ArtifactJson.write(out.resolve(ORACLE_VS_PREDICTED_FILE), ovp);
        AveWorkflows.writeRunSummary(session, "pareto", started);
        return new ParetoOutcome(report, ovp, byTriad);
    }

    /**
     * Which triad run oracle_vs_predicted.json reports. [AMBIG] The reference makes E0201 a run
     * of its own with the base config; we reuse the Pareto run whose triad equals the base
     * config's triad (its budget mode is the auto-resolved one), else the first triad.
     */
    public static int oracleVsPredictedTriad(PlannerConfig base, List<Triad> triads) {
        Triad own = new Triad(base.lowRes(), base.baseRes(), base.highRes());
        int at = triads.indexOf(own);
        return at < 0 ? 0 : at;
    }

    /**
     * The cheap_visual baseline of a run viewed as the reference's separate cheap-visual run:
     * its results become that run's anchored_top2, next to the same uniform, random and oracle
     * results, so the p-values and points are those of §5.12's second run.
     */
    public static MetricsJson cheapVisualAsRun(MetricsJson metrics) {
        if (!metrics.baselines().contains(Baselines.CHEAP_VISUAL)) {
            throw new IllegalArgumentException("the run has no cheap_visual baseline");
        }
        List<String> baselines = new ArrayList<>();
        for (String b : PARETO_BASELINES) {
            if (metrics.baselines().contains(b)) {
                baselines.add(b);
            }
        }
        List<SeedResult> bySeed = new ArrayList<>();
        for (SeedResult seed : metrics.resultsBySeed()) {
            Map<String, BaselineResult> results = new LinkedHashMap<>();
            for (String b : baselines) {
                String source = Baselines.ANCHORED.equals(b) ? Baselines.CHEAP_VISUAL : b;
                results.put(b, seed.baselines().get(source));
            }
            bySeed.add(new SeedResult(seed.seed(), results));
        }
        Map<String, TokenUsage> usage = new LinkedHashMap<>();
        for (String b : baselines) {
            usage.put(b, metrics.tokenUsage().get(Baselines.ANCHORED.equals(b) ? Baselines.CHEAP_VISUAL : b));
        }
        return MetricsAssembler.assemble(baselines, metrics.tokenBudget(), usage, bySeed, null,
                metrics.debugEvalClipIds());
    }

    /** A run without its cheap_visual baseline: the reference's predicted run, which never holds it. */
    public static MetricsJson withoutCheapVisual(MetricsJson metrics) {
        if (!metrics.baselines().contains(Baselines.CHEAP_VISUAL)) {
            return metrics;
        }
        List<String> baselines = metrics.baselines().stream().filter(b -> !Baselines.CHEAP_VISUAL.equals(b)).toList();
        List<SeedResult> bySeed = new ArrayList<>();
        for (SeedResult seed : metrics.resultsBySeed()) {
            Map<String, BaselineResult> results = new LinkedHashMap<>();
            baselines.forEach(b -> results.put(b, seed.baselines().get(b)));
            bySeed.add(new SeedResult(seed.seed(), results));
        }
        Map<String, TokenUsage> usage = new LinkedHashMap<>();
        baselines.forEach(b -> usage.put(b, metrics.tokenUsage().get(b)));
        Map<String, DebugEvalRecord> debug = metrics.anchoredDebug().isEmpty() ? null : metrics.anchoredDebug();
        return MetricsAssembler.assemble(baselines, metrics.tokenBudget(), usage, bySeed, debug,
                metrics.debugEvalClipIds());
    }

    private static OracleVsPredictedJson oracleVsPredicted(AveSession session, PlannerConfig config,
                                                           MetricsJson predicted, String predictedPath,
                                                           String anchorSource, MetricsJson cheap) {
        AveOptions o = session.options();
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("meta_dir", String.valueOf(o.metaDir()));
        paths.put("videos_dir", String.valueOf(o.videosDir()));
        paths.put("caches_dir", String.valueOf(o.cacheDir()));
        paths.put("out_dir", String.valueOf(o.outDir()));
        Map<String, Object> splits = new LinkedHashMap<>();
        splits.put("train", AveSplit.TRAIN.shortName());
        splits.put("eval", o.evalSplit().shortName());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("train", session.data().trainIds().size());
        counts.put("eval", session.data().evalIds().size());
        var opt = o.settings().optimizer();
        TrainCfg train = new TrainCfg(opt.epochs(), opt.batchSize(), opt.learningRate(), opt.weightDecay());
        return OracleVsPredictedJson.of(paths, splits, counts, train, config.toMap(), predicted, predictedPath,
                anchorSource, cheap, cheap == null ? null : predictedPath);
    }

    private static String unitOf(Triad triad) {
        return "triad_" + triad.label();
    }

    private static String anchorSource(AveOptions o) {
        return o.scoresJson() != null ? "external:" + o.scoresJson().getFileName() : o.eventnessMethod();
    }

    // ---- §5.10 degradation -------------------------------------------------------------------

    /** Header facts of degradation_suite.json that the rows do not carry. */
    public record DegradationSetup(String metaDir, String videosDir, String split, int numSkipped,
                                   String eventnessMethod, Map<String, Object> anchorCfg) {
    }

    /** Decodes each clip's audio as the reference loads it: 16 kHz mono, padded or cut to exactly N seconds. */
    public static List<DegradationSuite.ClipAudio> loadClipAudio(AveDataset dataset, List<String> ids)
            throws IOException {
        MediaDecoder decoder = new MediaDecoder();
        DecodeOptions audioOnly = new DecodeOptions(AveOptions.NUM_SECONDS, AveOptions.NUM_SECONDS, true, false);
        List<DegradationSuite.ClipAudio> clips = new ArrayList<>();
        for (String id : ids) {
            try {
                DecodedMedia media = decoder.decode(dataset.videoPath(id).orElseThrow(), audioOnly);
                clips.add(new DegradationSuite.ClipAudio(id, media.pcm(), media.sampleRate(), dataset.labels(id)));
            } catch (MediaDecodeException e) {
                throw new IOException("clip " + id + ": " + e.getMessage(), e);
            }
        }
        return clips;
    }

    /**
     * The degradation suite (§5.10): each condition corrupts every clip's waveform, re-scores it
     * (e.g. {@link ServiceStage1Scorer}), re-selects gate-free anchors (e.g. {@link PlannerAnchorPicker})
     * and averages Recall@K,Δ. Conditions are independent (each has its own generator), so up to
     * {@code threads} run at once; rows keep the order of {@code conditions}.
     */
    public static DegradationSuiteJson degradation(DegradationSetup setup, List<DegradationSuite.ClipAudio> clips,
                                                   DegradationSuite.Stage1Scorer scorer,
                                                   DegradationSuite.AnchorPicker picker,
                                                   List<DegradationCondition> conditions, int threads,
                                                   Progress progress) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<DegradationSuite.Row>> futures = new ArrayList<>();
            AtomicInteger done = new AtomicInteger();
            for (DegradationCondition condition : conditions) {
                futures.add(pool.submit(() -> {
                    DegradationSuite.Row row = DegradationSuite.evaluate(condition, clips, scorer, picker,
                            DegradationGrid.DELTAS);
                    progress.update(done.incrementAndGet(), conditions.size(), "shift " + condition.shiftS()
                            + " s, snr " + condition.snrDb() + " dB, silence " + condition.silenceRatio()
                            + ": recall@1 " + row.recallByDelta().get("1"));
                    return row;
                }));
            }
            List<DegradationSuite.Row> rows = new ArrayList<>();
            for (Future<DegradationSuite.Row> future : futures) {
                rows.add(future.get());
            }
            Map<String, Object> splits = new LinkedHashMap<>();
            splits.put("eval", setup.split());
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("eval", clips.size());
            counts.put("skipped", setup.numSkipped());
            return new DegradationSuiteJson(true, "degradation_suite", setup.metaDir(), setup.videosDir(), null,
                    splits, counts, setup.eventnessMethod(), false, setup.anchorCfg(), gridOf(conditions), rows);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The {@code grid} block of the conditions actually run (the reference grid for all 18). */
    static DegradationSuiteJson.Grid gridOf(List<DegradationCondition> conditions) {
        Set<Double> shifts = new TreeSet<>();
        List<Double> snrs = new ArrayList<>();
        Set<Double> silences = new TreeSet<>();
        for (DegradationCondition c : conditions) {
            shifts.add(c.shiftS());
            if (!snrs.contains(c.snrDb())) {
                snrs.add(c.snrDb()); // the reference lists SNR in descending order: keep the run order
            }
            silences.add(c.silenceRatio());
        }
        return new DegradationSuiteJson.Grid(List.copyOf(shifts), List.copyOf(snrs), List.copyOf(silences),
                DegradationGrid.DELTAS);
    }

    /**
     * Degradation accuracy and the α floor (§5.11, 54 rows) on the session's eval split, written to
     * {@value #DEGRADATION_ACCURACY_FILE} in the session's output directory.
     *
     * @param scorer re-scores corrupted audio in AUDIO mode (e.g. {@link ServiceStage1Scorer}); unused with PSP
     */
    public static DegradationAccuracyRun.Result degradationAccuracy(AveSession session, Map<String, Object> config,
                                                                    DegradationAccuracyRun.ScoreMode mode,
                                                                    DegradationSuite.Stage1Scorer scorer,
                                                                    Progress progress)
            throws IOException, InterruptedException, ExecutionException {
        long started = System.nanoTime();
        DegradationAccuracyRun.Result result = DegradationAccuracyRun.run(session, config, mode, scorer,
                DegradationGrid.accuracy(), progress);
        ArtifactJson.write(session.options().outDir().resolve(DEGRADATION_ACCURACY_FILE), result);
        AveWorkflows.writeRunSummary(session, "degradation_accuracy", started);
        return result;
    }

    // ---- plots -------------------------------------------------------------------------------

    /**
     * A ClipPlot PNG (scores, anchors, plan resolutions) for each of the first {@code maxClips}
     * eval clips with an anchored_top2 debug record, in eval order; none when the run has no
     * anchored baseline.
     *
     * @return the files written
     */
    public static List<Path> plotClips(MetricsJson metrics, Path dir, int maxClips) throws IOException {
        Map<String, DebugEvalRecord> debug = metrics.anchoredDebug();
        List<Path> written = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String id : metrics.debugEvalClipIds()) {
            if (written.size() >= maxClips) {
                break;
            }
            DebugEvalRecord record = debug.get(id);
            if (record == null || !seen.add(id)) {
                continue;
            }
            Files.createDirectories(dir);
            Path file = dir.resolve("clip_" + id.replaceAll("[^A-Za-z0-9_.-]", "_") + ".png");
            ClipPlot.writePng(file, id, record.scores(), record.anchors(), record.planResolutions());
            written.add(file);
        }
        return written;
    }

    private static int[] anchorsOf(PlanResponse plan) {
        return plan.getAnchorsList().stream().mapToInt(Integer::intValue).toArray();
    }
}

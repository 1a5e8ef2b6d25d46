package dev.ltl.eval.engine.ave;

import dev.ltl.eval.analysis.AlphaFallback;
import dev.ltl.eval.analysis.AnchorEvaluation;
import dev.ltl.eval.analysis.AudioDegradation;
import dev.ltl.eval.analysis.DegradationAccuracy;
import dev.ltl.eval.analysis.DegradationCondition;
import dev.ltl.eval.analysis.DegradationGrid;
import dev.ltl.eval.analysis.DegradationRandom;
import dev.ltl.eval.analysis.DegradationSuite;
import dev.ltl.eval.analysis.ScoreSpaceProxy;
import dev.ltl.eval.artifacts.TrainCfg;
import dev.ltl.eval.engine.clients.PlannerClient;
import dev.ltl.eval.stats.MeanStd;
import dev.ltl.eval.train.domain.EvalResult;
import dev.ltl.proto.planner.v1.Baseline;
import dev.ltl.proto.planner.v1.PlanRequest;
import dev.ltl.proto.planner.v1.PlanResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Degradation with accuracy and the α floor (reference §5.11, E0331): per seed, uniform,
 * random_top2 and anchored_top2 heads are trained once on clean plans; every corruption condition
 * re-scores only the eval clips (audio through eventness-svc, or the score-space proxy), re-plans
 * the anchored eval plans, forces the clips with u(clip) &lt; α to uniform (random_top2 too), and
 * the clean-trained heads are evaluated on those plans without retraining. All of a head's
 * evaluation sets are evaluated in the one training (eval blocks), so the grid costs 3 trainings
 * per seed, not one per row.
 */
public final class DegradationAccuracyRun {
    /** The baselines of the accuracy grid. */
    public static final List<String> BASELINES = List.of(Baselines.UNIFORM, Baselines.RANDOM, Baselines.ANCHORED);

    /** How corrupted Stage-1 scores are obtained. */
    public enum ScoreMode {
        /** Corrupt the waveform and re-score it (the reference default). */
        AUDIO,
        /** The score-space proxy (PSP): corrupt the clean scores directly; no service needed. */
        PSP
    }

    /** {@code clean.acc_by_seed}: baseline → clean val_acc per seed. */
    public record Clean(Map<String, List<Double>> accBySeed) {
    }

    /** {@code degradation_accuracy.json}. */
    public record Result(boolean ok, String mode, String scoresMode, String metaDir, Map<String, Object> splits,
                         Map<String, Object> counts, List<Integer> seeds, TrainCfg trainCfg,
                         Map<String, Object> p0Cfg, Clean clean, List<DegradationAccuracy.Row> rows,
                         DegradationAccuracy.FloorChecks alphaFloorChecks) {
    }

    private DegradationAccuracyRun() {
    }

    /**
     * [QUIRK] The E0331 anchored path runs the gate, selection and shift, then the high policy,
     * triad and budget, but omits drop-far, the far fallback, the anchor-2 veto, the learned gate
     * and the visual fallback; those keys are switched off here, for clean and corrupted plans alike.
     */
    public static Map<String, Object> anchoredConfig(Map<String, Object> config) {
        Map<String, Object> out = new LinkedHashMap<>(config);
        out.put("anchor_drop_far_dist", 0);
        out.put("anchor_fallback_far_dist", 0);
        out.put("anchor2_veto_method", "none");
        out.put("anchor_gate_method", "none");
        out.put("anchor_fallback_mode", "uniform");
        return out;
    }

    /** An eval clip's plan under α: the uniform plan when the clip is forced, else its own. */
    public static Map<String, PlanResponse> forceUniform(List<String> evalIds, double alpha,
                                                         Map<String, PlanResponse> own,
                                                         Map<String, PlanResponse> uniform) {
        Map<String, PlanResponse> out = new LinkedHashMap<>();
        for (String id : evalIds) {
            out.put(id, AlphaFallback.forced(id, alpha) ? uniform.get(id) : own.get(id));
        }
        return out;
    }

    /**
     * Runs the grid on the session's eval split.
     *
     * @param scorer re-scores corrupted audio (AUDIO mode); unused with PSP
     */
    public static Result run(AveSession session, Map<String, Object> config, ScoreMode mode,
                             DegradationSuite.Stage1Scorer scorer, List<DegradationGrid.AlphaCondition> grid,
                             Progress progress) throws IOException, InterruptedException, ExecutionException {
        Map<String, Object> cfg = anchoredConfig(config);
        session.prepareFeatures(AveSession.resolutionsOf(cfg));
        AveData data = session.data();
        List<String> evalIds = data.evalIds();
        AveRunner runner = session.runner();
        Map<String, PlanResponse> uniform = runner.plans(cfg, Baselines.UNIFORM, 0);
        Map<String, PlanResponse> anchored = runner.plans(cfg, Baselines.ANCHORED, 0);
        Map<DegradationCondition, Map<String, PlanResponse>> replanned = replanEval(session, cfg, mode, scorer,
                grid, progress);
        List<Double> alphas = grid.stream().map(DegradationGrid.AlphaCondition::alpha).distinct().toList();

        // Rows with identical eval plans (e.g. every α = 1 row is all-uniform) share one evaluation block.
        EvalBlocks anchoredBlocks = new EvalBlocks(anchored);
        int[] anchoredBlockOfRow = new int[grid.size()];
        for (int r = 0; r < grid.size(); r++) {
            anchoredBlockOfRow[r] = anchoredBlocks.indexOf(forceUniform(evalIds, grid.get(r).alpha(),
                    replanned.get(grid.get(r).condition()), uniform));
        }
        List<Integer> seeds = session.options().seeds();
        Map<String, List<CompletableFuture<EvalResult>>> futures = new LinkedHashMap<>();
        BASELINES.forEach(b -> futures.put(b, new ArrayList<>()));
        for (int seed : seeds) {
            Map<String, PlanResponse> random = runner.plans(cfg, Baselines.RANDOM, seed);
            futures.get(Baselines.UNIFORM).add(runner.submitWithEvalBlocks("degradation_accuracy", cfg, seed, uniform,
                    List.of(uniform)));
            List<Map<String, PlanResponse>> randomBlocks = new ArrayList<>(List.of(random));
            alphas.forEach(a -> randomBlocks.add(forceUniform(evalIds, a, random, uniform)));
            futures.get(Baselines.RANDOM).add(runner.submitWithEvalBlocks("degradation_accuracy", cfg, seed, random,
                    randomBlocks));
            futures.get(Baselines.ANCHORED).add(runner.submitWithEvalBlocks("degradation_accuracy", cfg, seed,
                    anchored, anchoredBlocks.blocks()));
        }
        // blockAcc[baseline][seed][block]: accuracy over the block's clips × seconds
        Map<String, double[][]> blockAcc = new LinkedHashMap<>();
        for (String b : BASELINES) {
            double[][] bySeed = new double[seeds.size()][];
            for (int s = 0; s < seeds.size(); s++) {
                bySeed[s] = blockAccuracies(futures.get(b).get(s).get(), evalIds.size(), data.numSeconds());
            }
            blockAcc.put(b, bySeed);
            progress.update(0, 0, "degradation accuracy: " + b + " trained and evaluated for " + seeds.size()
                    + " seeds");
        }
        Map<String, List<Double>> clean = new LinkedHashMap<>();
        BASELINES.forEach(b -> clean.put(b, column(blockAcc.get(b), 0)));
        List<DegradationAccuracy.Row> rows = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            DegradationGrid.AlphaCondition row = grid.get(r);
            Map<String, MeanStd> acc = new LinkedHashMap<>();
            acc.put(Baselines.UNIFORM, meanStd(column(blockAcc.get(Baselines.UNIFORM), 0)));
            acc.put(Baselines.RANDOM, meanStd(column(blockAcc.get(Baselines.RANDOM), 1 + alphas.indexOf(row.alpha()))));
            acc.put(Baselines.ANCHORED, meanStd(column(blockAcc.get(Baselines.ANCHORED), anchoredBlockOfRow[r])));
            Map<String, PlanResponse> plans = forceUniform(evalIds, row.alpha(), replanned.get(row.condition()),
                    uniform);
            rows.add(DegradationAccuracy.Row.of(row, acc, stage1(data, evalIds, row.alpha(), plans)));
        }
        var opt = session.options().settings().optimizer();
        Map<String, Object> splits = new LinkedHashMap<>();
        splits.put("train", "train");
        splits.put("eval", session.options().evalSplit().shortName());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("train", data.trainIds().size());
        counts.put("eval", evalIds.size());
        return new Result(true, "degradation_accuracy", mode.name().toLowerCase(java.util.Locale.ROOT),
                String.valueOf(session.options().metaDir()), splits, counts, seeds,
                new TrainCfg(opt.epochs(), opt.batchSize(), opt.learningRate(), opt.weightDecay()), cfg,
                new Clean(clean), rows, DegradationAccuracy.floorChecks(rows));
    }

    /** Corrupted Stage-1 scores of the eval clips and their anchored re-plans, per condition (own generator each). */
    private static Map<DegradationCondition, Map<String, PlanResponse>> replanEval(
            AveSession session, Map<String, Object> cfg, ScoreMode mode, DegradationSuite.Stage1Scorer scorer,
            List<DegradationGrid.AlphaCondition> grid, Progress progress) throws IOException, InterruptedException {
        List<String> evalIds = session.data().evalIds();
        List<DegradationSuite.ClipAudio> audio = mode == ScoreMode.AUDIO
                ? AveAnalyses.loadClipAudio(session.dataset(), evalIds) : List.of();
        LinkedHashSet<DegradationCondition> conditions = new LinkedHashSet<>();
        grid.forEach(row -> conditions.add(row.condition()));
        Map<DegradationCondition, Map<String, PlanResponse>> out = new LinkedHashMap<>();
        for (DegradationCondition c : conditions) {
            DegradationRandom rng = new DegradationRandom(c.seed());
            List<PlanRequest> requests = new ArrayList<>();
            for (int i = 0; i < evalIds.size(); i++) {
                double[] scores;
                if (mode == ScoreMode.AUDIO) {
                    DegradationSuite.ClipAudio clip = audio.get(i);
                    scores = scorer.score(AudioDegradation.apply(clip.waveform(), clip.sampleRate(), c, rng),
                            clip.sampleRate());
                } else {
                    scores = ScoreSpaceProxy.apply(session.data().scores().get(evalIds.get(i)), c, rng);
                }
                PlanRequest.Builder request = PlanRequest.newBuilder().setRequestId(evalIds.get(i))
                        .setConfig(PlannerClient.toStruct(cfg)).setBaseline(Baseline.BASELINE_ANCHORED);
                for (double s : scores) {
                    request.addScores(s);
                }
                requests.add(request.build());
            }
            List<PlanResponse> plans = session.planner().planAll(requests);
            Map<String, PlanResponse> byId = new LinkedHashMap<>();
            for (int i = 0; i < evalIds.size(); i++) {
                byId.put(evalIds.get(i), plans.get(i));
                session.ledger().record("planner/PlanStream", Baselines.ANCHORED, plans.get(i).getAccounting());
            }
            out.put(c, byId);
            progress.update(out.size(), conditions.size(), "re-planned eval clips under shift " + c.shiftS()
                    + " s, snr " + c.snrDb() + " dB, silence " + c.silenceRatio());
        }
        return out;
    }

    /** The {@code stage1} block of a row: anchored eval plan tokens, forced and gate-fallback fractions, recall. */
    static DegradationAccuracy.Stage1 stage1(AveData data, List<String> evalIds, double alpha,
                                             Map<String, PlanResponse> plans) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int forced = 0;
        int fellBack = 0;
        List<AnchorEvaluation.ClipAnchors> anchors = new ArrayList<>();
        for (String id : evalIds) {
            PlanResponse plan = plans.get(id);
            sum += plan.getTotalTokens();
            min = Math.min(min, plan.getTotalTokens());
            max = Math.max(max, plan.getTotalTokens());
            boolean isForced = AlphaFallback.forced(id, alpha);
            forced += isForced ? 1 : 0;
            // A forced clip never reached the gate; its anchors are [] (recall 0), as the reference.
            fellBack += !isForced && plan.getFallbackUsed() ? 1 : 0;
            int[] a = isForced ? new int[0] : plan.getAnchorsList().stream().mapToInt(Integer::intValue).toArray();
            anchors.add(new AnchorEvaluation.ClipAnchors(id, a, data.labels().get(id)));
        }
        Map<String, Double> recall = new LinkedHashMap<>();
        for (int delta : DegradationGrid.DELTAS) {
            recall.put(Integer.toString(delta), AnchorEvaluation.meanRecall(anchors, delta));
        }
        int n = evalIds.size();
        return new DegradationAccuracy.Stage1(new DegradationAccuracy.TokenUsageSummary(sum / n, min, max),
                forced / (double) n, fellBack / (double) n, recall);
    }

    /** Distinct evaluation plan sets, the clean one first, each kept once. */
    static final class EvalBlocks {
        private final Map<Map<String, PlanResponse>, Integer> index = new LinkedHashMap<>();

        EvalBlocks(Map<String, PlanResponse> clean) {
            indexOf(clean);
        }

        /** The block of these plans, added when new. */
        int indexOf(Map<String, PlanResponse> plans) {
            return index.computeIfAbsent(plans, p -> index.size());
        }

        List<Map<String, PlanResponse>> blocks() {
            return List.copyOf(index.keySet());
        }
    }

    /**
     * Accuracy of each block of {@code clipsPerBlock} consecutive eval clips. Every clip has the
     * same {@code seconds}, so a block's accuracy is the mean of its clips' per-sample accuracies;
     * those are float32 k/N values, recovered exactly as k/N so the clean block equals val_acc.
     */
    static double[] blockAccuracies(EvalResult eval, int clipsPerBlock, int seconds) {
        float[] bySample = eval.valAccBySample();
        double[] out = new double[bySample.length / clipsPerBlock];
        for (int b = 0; b < out.length; b++) {
            long correct = 0;
            for (int i = 0; i < clipsPerBlock; i++) {
                correct += Math.round(bySample[b * clipsPerBlock + i] * (double) seconds);
            }
            out[b] = correct / ((double) clipsPerBlock * seconds);
        }
        return out;
    }

    private static List<Double> column(double[][] bySeed, int block) {
        List<Double> out = new ArrayList<>();
        for (double[] seed : bySeed) {
            out.add(seed[block]);
        }
        return out;
    }

    private static MeanStd meanStd(List<Double> values) {
        return MeanStd.of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}

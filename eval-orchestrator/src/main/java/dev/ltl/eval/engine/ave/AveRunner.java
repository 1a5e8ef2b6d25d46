package dev.ltl.eval.engine.ave;

import dev.ltl.eval.artifacts.ArtifactJson;
import dev.ltl.eval.artifacts.BaselineResult;
import dev.ltl.eval.artifacts.DebugEvalRecord;
import dev.ltl.eval.artifacts.MetricsAssembler;
import dev.ltl.eval.artifacts.MetricsJson;
import dev.ltl.eval.artifacts.SeedResult;
import dev.ltl.eval.artifacts.TokenUsage;
import dev.ltl.eval.engine.store.RunStore;
import dev.ltl.eval.train.TrainingPool;
import dev.ltl.eval.train.domain.EvalResult;
import dev.ltl.eval.train.domain.HeadConfig;
import dev.ltl.eval.train.domain.TrainData;
import dev.ltl.eval.train.domain.TrainJob;
import dev.ltl.eval.train.domain.TrainJobKey;
import dev.ltl.planner.domain.PlanResult;
import dev.ltl.planner.domain.PlannerConfig;
import dev.ltl.proto.planner.v1.PlanResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one planner config through the downstream protocol (reference §4–§5.4): for each seed and
 * baseline, plans for train and eval clips, tensors from the feature table, a head trained on
 * train and evaluated on eval. Every finished (unit, seed, baseline) is persisted in the run
 * store at once and reused on restart; identical trainings are computed once by the pool.
 */
public final class AveRunner {
    private final AveData data;
    private final PlanBook planBook;
    private final PlanBook cheapVisualPlans;
    private final FeatureAssembler assembler;
    private final TrainingPool pool;
    private final RunStore store;
    private final String runId;
    private final TrainSettings settings;
    private final String featureSource;
    private final Progress progress;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    /**
     * @param planBook          plans from the run's Stage-1 scores
     * @param cheapVisualPlans  plans from frame_diff scores for the cheap_visual baseline, or null when not prepared
     */
    public AveRunner(AveData data, PlanBook planBook, PlanBook cheapVisualPlans, FeatureAssembler assembler,
                     TrainingPool pool, RunStore store, String runId, TrainSettings settings, String featureSource,
                     Progress progress) {
        this.data = data;
        this.planBook = planBook;
        this.cheapVisualPlans = cheapVisualPlans;
        this.assembler = assembler;
        this.pool = pool;
        this.store = store;
        this.runId = runId;
        this.settings = settings;
        this.featureSource = featureSource;
        this.progress = progress;
    }

    /** The trainings of one config, submitted; {@link #metrics} waits for them. */
    public record PendingConfig(String unit, Map<String, Object> config, List<String> baselines, List<Integer> seeds,
                                Map<String, CompletableFuture<BaselineResult>> results,
                                Map<String, Map<String, PlanResponse>> plansByBaseline) {
    }

    /** Plans every baseline and submits its trainings (skipping those already in the run store). */
    public PendingConfig submit(String unit, Map<String, Object> config, List<String> baselines, List<Integer> seeds)
            throws InterruptedException {
        baselines.forEach(Baselines::requireKnown);
        PlannerConfig plannerConfig = PlannerConfig.fromMap(config);
        HeadConfig head = TrainSettings.head(config);
        boolean scalarRes = "scalar".equals(config.get("res_feature"));
        Map<String, CompletableFuture<BaselineResult>> results = new LinkedHashMap<>();
        Map<String, Map<String, PlanResponse>> firstSeedPlans = new LinkedHashMap<>();
        total.addAndGet((long) baselines.size() * seeds.size());
        for (int seed : seeds) {
            for (String baseline : baselines) {
                String key = unit + "/seed=" + seed + "/" + baseline;
                String planBaseline = Baselines.planBaseline(baseline);
                Map<String, PlanResponse> plans = plansFor(baseline).plans(config, planBaseline, seed);
                firstSeedPlans.putIfAbsent(baseline, plans);
                var stored = store.get(runId, key);
                if (stored.isPresent()) {
                    results.put(key, CompletableFuture.completedFuture(readResult(stored.get())));
                    progress.update(done.incrementAndGet(), total.get(), key + ": resumed from the run store");
                    continue;
                }
                Baselines.FeatureVariant variant = Baselines.variant(baseline);
                String identity = FeatureAssembler.identity(featureSource, data.allIds(), plans, variant, scalarRes,
                        plannerConfig.baseRes());
                TrainJobKey jobKey = new TrainJobKey(identity, seed, head.canonical(), settings.optimizer(),
                        data.numClasses());
                long firstTrainTokens = plans.get(data.trainIds().get(0)).getTotalTokens();
                CompletableFuture<BaselineResult> result = pool.submit(jobKey, () -> new TrainJob(head,
                                settings.optimizer(), seed, data.numClasses(), new TrainData(
                                assembler.assemble(data.trainIds(), plans, variant, scalarRes, plannerConfig.baseRes()),
                                labels(data.trainIds()),
                                assembler.assemble(data.evalIds(), plans, variant, scalarRes, plannerConfig.baseRes()),
                                labels(data.evalIds()))))
                        .thenApply(eval -> toResult(eval, firstTrainTokens))
                        .thenApply(r -> {
                            store.put(runId, key, ArtifactJson.toJson(r));
                            progress.update(done.incrementAndGet(), total.get(),
                                    key + ": val_acc " + String.format(java.util.Locale.ROOT, "%.4f", r.valAcc()));
                            return r;
                        });
                results.put(key, result);
            }
        }
        return new PendingConfig(unit, config, baselines, seeds, results, firstSeedPlans);
    }

    /** The plans of every train and eval clip for a baseline (memoised by the plan book). */
    public Map<String, PlanResponse> plans(Map<String, Object> config, String baseline, int seed)
            throws InterruptedException {
        return plansFor(baseline).plans(config, Baselines.planBaseline(baseline), seed);
    }

    /**
     * Submits one training on the train clips' plans whose evaluation set is the eval clips
     * repeated once per block, each block with its own plans (e.g. the same clean-trained head
     * evaluated on several corrupted re-plans, reference §5.11). Not persisted in the run store.
     *
     * @return the evaluation over all blocks, in block order (valAccBySample has blocks × eval clips)
     */
    public CompletableFuture<EvalResult> submitWithEvalBlocks(String purpose, Map<String, Object> config, int seed,
                                                              Map<String, PlanResponse> trainPlans,
                                                              List<Map<String, PlanResponse>> evalBlocks) {
        PlannerConfig plannerConfig = PlannerConfig.fromMap(config);
        HeadConfig head = TrainSettings.head(config);
        boolean scalarRes = "scalar".equals(config.get("res_feature"));
        int base = plannerConfig.baseRes();
        List<String> blockIds = new ArrayList<>(data.trainIds());
        Map<String, PlanResponse> blockPlans = new LinkedHashMap<>();
        data.trainIds().forEach(id -> blockPlans.put(id, trainPlans.get(id)));
        for (int b = 0; b < evalBlocks.size(); b++) {
            for (String id : data.evalIds()) {
                blockIds.add("block" + b + "/" + id);
                blockPlans.put("block" + b + "/" + id, evalBlocks.get(b).get(id));
            }
        }
        String identity = FeatureAssembler.identity(featureSource + "|" + purpose, blockIds, blockPlans,
                Baselines.FeatureVariant.PLAIN, scalarRes, base);
        TrainJobKey key = new TrainJobKey(identity, seed, head.canonical(), settings.optimizer(), data.numClasses());
        return pool.submit(key, () -> {
            List<float[][]> evalRows = new ArrayList<>();
            List<int[]> evalLabels = new ArrayList<>();
            for (Map<String, PlanResponse> block : evalBlocks) {
                evalRows.addAll(List.of(assembler.assemble(data.evalIds(), block, Baselines.FeatureVariant.PLAIN,
                        scalarRes, base)));
                evalLabels.addAll(List.of(labels(data.evalIds())));
            }
            return new TrainJob(head, settings.optimizer(), seed, data.numClasses(), new TrainData(
                    assembler.assemble(data.trainIds(), trainPlans, Baselines.FeatureVariant.PLAIN, scalarRes, base),
                    labels(data.trainIds()), evalRows.toArray(new float[0][][]), evalLabels.toArray(new int[0][])));
        });
    }

    private PlanBook plansFor(String baseline) {
        if (!Baselines.usesCheapVisualScores(baseline)) {
            return planBook;
        }
        if (cheapVisualPlans == null) {
            throw new IllegalStateException("cheap_visual needs frame_diff scores: call AveSession.prepareCheapVisualScores");
        }
        return cheapVisualPlans;
    }

    /** Waits for a config's trainings and assembles its metrics.json (reference §5.4). */
    public MetricsJson metrics(PendingConfig pending) throws InterruptedException, ExecutionException {
        PlannerConfig plannerConfig = PlannerConfig.fromMap(pending.config());
        List<SeedResult> bySeed = new ArrayList<>();
        for (int seed : pending.seeds()) {
            Map<String, BaselineResult> byBaseline = new LinkedHashMap<>();
            for (String baseline : pending.baselines()) {
                byBaseline.put(baseline, pending.results().get(pending.unit() + "/seed=" + seed + "/" + baseline).get());
            }
            bySeed.add(new SeedResult(seed, byBaseline));
        }
        Map<String, TokenUsage> usage = new LinkedHashMap<>();
        pending.plansByBaseline().forEach((baseline, plans) -> usage.put(baseline, TokenUsage.of(
                totals(plans, data.trainIds()), totals(plans, data.evalIds()))));
        Map<String, DebugEvalRecord> debug = null;
        Map<String, PlanResponse> anchored = pending.plansByBaseline().get(Baselines.ANCHORED);
        if (anchored != null) {
            debug = new LinkedHashMap<>();
            for (String id : data.evalIds()) {
                debug.put(id, DebugEvalRecord.fromPlan(data.scores().get(id), plannerConfig, toDomain(anchored.get(id))));
            }
        }
        long tokenBudget = (long) data.numSeconds() * tok(plannerConfig.baseRes(), plannerConfig.patchSize());
        return MetricsAssembler.assemble(pending.baselines(), tokenBudget, usage, bySeed, debug, data.evalIds());
    }

    private static long tok(int resolution, int patch) {
        long side = resolution / patch;
        return side * side;
    }

    private int[][] labels(List<String> ids) {
        int[][] labels = new int[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            labels[i] = data.labels().get(ids.get(i));
        }
        return labels;
    }

    private static long[] totals(Map<String, PlanResponse> plans, List<String> ids) {
        return ids.stream().mapToLong(id -> plans.get(id).getTotalTokens()).toArray();
    }

    private static BaselineResult toResult(EvalResult eval, long firstTrainTokens) {
        List<Double> bySample = new ArrayList<>();
        for (float v : eval.valAccBySample()) {
            bySample.add((double) v);
        }
        List<Double> eventBySample = new ArrayList<>();
        for (Float v : eval.valAccEventBySample()) {
            eventBySample.add(v == null ? null : (double) v);
        }
        return new BaselineResult(eval.valAcc(), eval.valAccEvent(), bySample, eventBySample, firstTrainTokens);
    }

    private static BaselineResult readResult(String json) {
        try {
            return ArtifactJson.mapper().readValue(json, BaselineResult.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("corrupt stored result: " + e.getMessage(), e);
        }
    }

    /** The planner-core view of a plan answer (for the debug record). */
    static PlanResult toDomain(PlanResponse plan) {
        return new PlanResult(
                plan.getResolutionsList().stream().mapToInt(Integer::intValue).toArray(),
                plan.getAnchorsList().stream().mapToInt(Integer::intValue).toArray(),
                plan.getTokensPerSecondList().stream().mapToLong(Long::longValue).toArray(),
                plan.getTotalTokens(), plan.getBudget(), plan.getFallbackUsed(),
                plan.getFallbackReason().isEmpty() ? null : plan.getFallbackReason(),
                plan.getConfMetric(), plan.getConfValue(),
                plan.getMaxHighAnchors() < 0 ? null : plan.getMaxHighAnchors(),
                plan.getMaxHighAnchorsUsed() < 0 ? null : plan.getMaxHighAnchorsUsed(),
                plan.getLowResUsed(), plan.getHighResUsed(), plan.getPatchSize());
    }
}

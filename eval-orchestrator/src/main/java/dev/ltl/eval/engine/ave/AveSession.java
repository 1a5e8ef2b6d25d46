package dev.ltl.eval.engine.ave;

import dev.ltl.common.media.DecodeOptions;
import dev.ltl.common.media.DecodedMedia;
import dev.ltl.common.media.MediaDecoder;
import dev.ltl.eval.cache.ClipKeys;
import dev.ltl.eval.cache.EventnessScores;
import dev.ltl.eval.cache.EventnessScoresFile;
import dev.ltl.eval.cache.FeatureCache;
import dev.ltl.eval.cache.NpzCacheTransfer;
import dev.ltl.eval.data.AveDataset;
import dev.ltl.eval.data.AveLoadOptions;
import dev.ltl.eval.data.AveSplit;
import dev.ltl.eval.data.audio.BasicAudioFeatures;
import dev.ltl.eval.engine.accounting.AccountingLedger;
import dev.ltl.eval.engine.clients.EventnessClient;
import dev.ltl.eval.engine.clients.PlannerClient;
import dev.ltl.eval.engine.clients.VlmClient;
import dev.ltl.eval.engine.store.RunStore;
import dev.ltl.eval.train.HeadTrainer;
import dev.ltl.eval.train.TrainingPool;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
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
import java.util.concurrent.TimeUnit;

/**
 * One AVE evaluation session: the dataset, Stage-1 scores (eventness-svc or a file, saved as
 * {@code eventness_scores.json}), the feature cache filled through vlm-svc (or imported from
 * reference .npz files), the planner client, the training pool and the run store.
 */
public final class AveSession implements AutoCloseable {
    /** The eventness-svc method of the cheap_visual baseline (framediff32, reference §4.1). */
    public static final String CHEAP_VISUAL_METHOD = "frame_diff";
    /** Where the cheap_visual Stage-1 scores are kept (same format as eventness_scores.json). */
    public static final String CHEAP_VISUAL_SCORES_FILE = "cheap_visual_scores.json";
    private final AveOptions options;
    private final AveDataset dataset;
    private final AveData data;
    private final FeatureTable features;
    private final List<ManagedChannel> channels;
    private final PlannerClient planner;
    private final AccountingLedger ledger;
    private final TrainingPool pool;
    private final RunStore store;
    private final Progress progress;
    private final VlmClient vlm;
    private final FeatureCache cache;
    private final Map<String, float[][]> basicAudioFeatures = new LinkedHashMap<>();
    private final PlanBook planBook;
    private final String featureSource;
    /** Plans from frame_diff Stage-1 scores, for the cheap_visual baseline; null until prepared. */
    private PlanBook cheapVisualPlans;

    private AveSession(AveOptions options, AveDataset dataset, AveData data, FeatureTable features,
                       List<ManagedChannel> channels, PlannerClient planner, AccountingLedger ledger,
                       TrainingPool pool, RunStore store, Progress progress, VlmClient vlm, FeatureCache cache,
                       String featureSource) {
        this.options = options;
        this.dataset = dataset;
        this.data = data;
        this.features = features;
        this.channels = channels;
        this.planner = planner;
        this.ledger = ledger;
        this.pool = pool;
        this.store = store;
        this.progress = progress;
        this.vlm = vlm;
        this.cache = cache;
        this.featureSource = featureSource;
        this.planBook = new PlanBook(planner, data, ledger);
    }

    public static AveSession open(AveOptions options, Progress progress) throws IOException, InterruptedException {
        Files.createDirectories(options.outDir());
        AveLoadOptions load = AveLoadOptions.defaults().withAllowMissing(options.allowMissing());
        int limitVal = options.evalSplit() == AveSplit.VAL ? options.limitEval() : 0;
        int limitTest = options.evalSplit() == AveSplit.TEST ? options.limitEval() : 0;
        load = load.withLimits(options.limitTrain(), limitVal, limitTest);
        FeatureCache cache = new FeatureCache(options.cacheDir(), options.backbone(), "v1",
                options.importNpz() != null || options.videosDir() == null ? ClipKeys.clipId()
                        : ClipKeys.mediaSha256(id -> AveDataset.findVideo(options.videosDir(), id)));
        if (options.importNpz() != null) {
            NpzCacheTransfer.ImportReport report = NpzCacheTransfer.importDir(options.importNpz(), cache);
            progress.update(0, 0, "imported " + report.entriesWritten() + " feature arrays from " + report.clips()
                    + " .npz clips (" + report.entriesAlreadyPresent() + " already cached)");
        }
        AveDataset dataset = AveDataset.load(options.metaDir(), options.videosDir(), load);
        AccountingLedger ledger = new AccountingLedger();
        for (AveSplit split : List.of(AveSplit.TRAIN, options.evalSplit())) {
            if (dataset.skippedCount(split) > 0) {
                progress.update(0, 0, "skipped " + dataset.skippedCount(split) + " " + split.shortName()
                        + " clips without media");
            }
        }
        List<String> trainIds = dataset.ids(AveSplit.TRAIN);
        List<String> evalIds = dataset.ids(options.evalSplit());
        if (trainIds.isEmpty() || evalIds.isEmpty()) {
            throw new IllegalArgumentException("no clips to run: " + trainIds.size() + " train, " + evalIds.size()
                    + " " + options.evalSplit().shortName());
        }
        List<ManagedChannel> channels = new ArrayList<>();
        ManagedChannel plannerChannel = channel(options.plannerTarget(), channels);
        Map<String, int[]> labels = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(trainIds);
        all.addAll(evalIds);
        for (String id : all) {
            labels.put(id, dataset.labels(id));
        }
        Map<String, double[]> scores = stage1Scores(options, dataset, all, channels, progress, ledger);
        AveData data = new AveData(trainIds, evalIds, labels, scores, dataset.numClasses(), AveOptions.NUM_SECONDS);
        VlmClient vlm = options.vlmTarget() == null ? null : new VlmClient(channel(options.vlmTarget(), channels), 8);
        // One PyTorch native cache per machine-wide cache root (DJL can be initialised once per JVM).
        HeadTrainer trainer = new HeadTrainer(options.cacheDir().resolve("djl"), options.threadsPerTraining());
        TrainingPool pool = new TrainingPool(trainer, Math.max(1, options.workers()));
        RunStore store = RunStore.open(options.outDir());
        String source = options.backbone() + "|scores=" + (options.scoresJson() != null
                ? options.scoresJson().getFileName() : options.eventnessMethod());
        return new AveSession(options, dataset, data, new FeatureTable(), channels,
                new PlannerClient(plannerChannel, 256), ledger, pool, store, progress, vlm, cache, source);
    }

    /**
     * Loads into memory every (clip, resolution) the configs may use, embedding the missing ones
     * through vlm-svc and caching them.
     */
    public void prepareFeatures(Set<Integer> resolutions) throws InterruptedException {
        List<Integer> needed = new ArrayList<>(new TreeSet<>(resolutions));
        List<FeatureCache.Missing> missing = cache.missing(data.allIds(), needed);
        if (!missing.isEmpty()) {
            if (vlm == null || options.videosDir() == null) {
                throw new IllegalStateException(missing.size() + " clips lack cached features (first: "
                        + missing.get(0).clipId() + " at " + missing.get(0).resolutions()
                        + "); give --videos and a vlm-svc target, or --import-npz");
            }
            int batch = 16;
            for (int from = 0; from < missing.size(); from += batch) {
                Map<String, Path> videos = new LinkedHashMap<>();
                for (FeatureCache.Missing m : missing.subList(from, Math.min(missing.size(), from + batch))) {
                    videos.put(m.clipId(), dataset.videoPath(m.clipId()).orElseThrow());
                }
                Map<String, Map<Integer, float[][]>> embedded = vlm.embedClips(options.backbone(), videos, needed,
                        AveOptions.NUM_SECONDS, (rpc, accounting) -> ledger.record(rpc, null, accounting));
                embedded.forEach((id, byRes) -> byRes.forEach((r, rows) -> cache.put(id, r, rows)));
                progress.update(0, 0, "embedded " + Math.min(missing.size(), from + batch) + "/" + missing.size()
                        + " clips at " + needed);
            }
        }
        for (String id : data.allIds()) {
            for (int r : needed) {
                features.put(id, r, cache.require(id, r));
            }
        }
    }

    /** The 10 basic audio features per second (reference §4.2), for audio_feat_concat baselines. */
    public void prepareBasicAudioFeatures() throws IOException {
        if (options.videosDir() == null) {
            throw new IllegalStateException("audio_feat_concat baselines need the videos (--videos)");
        }
        MediaDecoder decoder = new MediaDecoder();
        for (String id : data.allIds()) {
            if (basicAudioFeatures.containsKey(id)) {
                continue;
            }
            try {
                DecodedMedia media = decoder.decode(dataset.videoPath(id).orElseThrow(),
                        new DecodeOptions(AveOptions.NUM_SECONDS, AveOptions.NUM_SECONDS, true, false));
                basicAudioFeatures.put(id, BasicAudioFeatures.compute(media.pcm(), media.sampleRate(),
                        AveOptions.NUM_SECONDS));
            } catch (dev.ltl.common.media.MediaDecodeException e) {
                throw new IOException("clip " + id + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Scores every clip with eventness-svc's {@code frame_diff} (saved as {@value #CHEAP_VISUAL_SCORES_FILE})
     * so the {@code cheap_visual} baseline can plan from them (reference §4.1: a whole second run
     * whose Stage-1 scores are the cheap visual ones).
     */
    public void prepareCheapVisualScores() throws IOException, InterruptedException {
        if (cheapVisualPlans != null) {
            return;
        }
        if (options.videosDir() == null || options.eventnessTarget() == null) {
            throw new IllegalStateException("the cheap_visual baseline needs the videos (--videos) and eventness-svc");
        }
        EventnessClient client = new EventnessClient(channel(options.eventnessTarget(), channels), 4);
        Map<String, double[]> scores = Stage1Scores.fetch(options.outDir().resolve(CHEAP_VISUAL_SCORES_FILE),
                CHEAP_VISUAL_METHOD, data.allIds(), id -> dataset.videoPath(id).orElseThrow(), client, ledger, progress);
        AveData visual = new AveData(data.trainIds(), data.evalIds(), data.labels(), scores, data.numClasses(),
                data.numSeconds());
        cheapVisualPlans = new PlanBook(planner, visual, ledger);
    }

    public AveRunner runner() {
        return new AveRunner(data, planBook, cheapVisualPlans,
                new FeatureAssembler(features, data, basicAudioFeatures), pool, store,
                options.runId(), options.settings(), featureSource, progress);
    }

    /** Resolutions a config may put on a second: the triad, the band extras and the tiered alternative. */
    public static Set<Integer> resolutionsOf(Map<String, Object> config) {
        Set<Integer> set = new LinkedHashSet<>();
        for (String key : List.of("low_res", "base_res", "high_res")) {
            if (config.get(key) instanceof Number n) {
                set.add(n.intValue());
            }
        }
        if (config.get("budget_extra_resolutions") instanceof List<?> extras) {
            extras.forEach(e -> set.add(((Number) e).intValue()));
        }
        if (!"fixed".equals(config.getOrDefault("triad_policy", "fixed"))) {
            for (String key : List.of("triad_alt_low_res", "triad_alt_high_res")) {
                if (config.get(key) instanceof Number n) {
                    set.add(n.intValue());
                }
            }
        }
        if (set.isEmpty()) {
            set.addAll(List.of(112, 224, 448));
        }
        return set;
    }

    public AveOptions options() {
        return options;
    }

    public AveData data() {
        return data;
    }

    public AveDataset dataset() {
        return dataset;
    }

    public PlannerClient planner() {
        return planner;
    }

    public AccountingLedger ledger() {
        return ledger;
    }

    public RunStore store() {
        return store;
    }

    public int trainingsStarted() {
        return pool.trainingsStarted();
    }

    private static Map<String, double[]> stage1Scores(AveOptions options, AveDataset dataset, List<String> ids,
                                                      List<ManagedChannel> channels, Progress progress,
                                                      AccountingLedger ledger)
            throws IOException, InterruptedException {
        Path file = options.outDir().resolve("eventness_scores.json");
        if (options.scoresJson() != null) {
            Map<String, double[]> external = EventnessScoresFile.readExternal(options.scoresJson(), AveOptions.NUM_SECONDS);
            List<String> missing = ids.stream().filter(id -> !external.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("scores-json lacks " + missing.size() + " clips (first: "
                        + missing.get(0) + ")");
            }
            EventnessScoresFile.write(file, EventnessScores.empty("external", AveOptions.NUM_SECONDS).withScores(external));
            return external;
        }
        EventnessClient client = options.videosDir() == null || options.eventnessTarget() == null ? null
                : new EventnessClient(channel(options.eventnessTarget(), channels), 4);
        return Stage1Scores.fetch(file, options.eventnessMethod(), ids, id -> dataset.videoPath(id).orElseThrow(),
                client, ledger, progress);
    }

    private static ManagedChannel channel(String target, List<ManagedChannel> channels) {
        ManagedChannel channel = ManagedChannelBuilder.forTarget(target).defaultLoadBalancingPolicy("round_robin")
                .usePlaintext().maxInboundMessageSize(64 << 20).build();
        channels.add(channel);
        return channel;
    }

    @Override
    public void close() {
        pool.close();
        store.close();
        for (ManagedChannel channel : channels) {
            channel.shutdownNow();
            try {
                channel.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

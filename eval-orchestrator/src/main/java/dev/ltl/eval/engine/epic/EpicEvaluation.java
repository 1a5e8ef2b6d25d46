package dev.ltl.eval.engine.epic;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ltl.common.media.DecodeOptions;
import dev.ltl.common.media.MediaDecodeException;
import dev.ltl.common.media.MediaDecoder;
import dev.ltl.eval.artifacts.ArtifactJson;
import dev.ltl.eval.data.epic.EpicDataset;
import dev.ltl.eval.data.epic.EpicVideo;
import dev.ltl.eval.engine.accounting.AccountingLedger;
import dev.ltl.eval.engine.ave.Progress;
import dev.ltl.eval.engine.clients.GrpcChannels;
import dev.ltl.eval.epic.EpicMethodMetrics;
import dev.ltl.eval.epic.EpicMetricsJson;
import dev.ltl.eval.epic.EpicSeedMetrics;
import dev.ltl.eval.epic.MultiLabelMetrics;
import dev.ltl.eval.train.MultiLabelTrainer;
import dev.ltl.eval.train.domain.MultiLabelData;
import dev.ltl.planner.domain.epic.EpicTokens;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the EPIC-SOUNDS evaluation of spec §6: per video its duration, energy scores and oracle
 * anchors; per method its selections and plans from planner-svc and the planned embeddings; per
 * (method, seed) one trained head; then mAP and macro-F1@0.5 over seeds. Writes {@code metrics.json},
 * {@code plans.jsonl} (one selection record per method and video) and {@code accounting.json}.
 */
public final class EpicEvaluation {
    public static final String METRICS_FILE = "metrics.json";
    public static final String PLANS_FILE = "plans.jsonl";
    public static final String ACCOUNTING_FILE = "accounting.json";
    static final double F1_THRESHOLD = 0.5;
    /** plans.jsonl needs one object per line: the artifact mapper without its indentation. */
    private static final ObjectWriter ONE_LINE = ArtifactJson.mapper().writer()
            .without(SerializationFeature.INDENT_OUTPUT);

    private EpicEvaluation() {
    }

    public static EpicMetricsJson run(EpicOptions options, Progress progress) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Files.createDirectories(options.outDir());
        EpicDataset dataset = EpicDataset.load(options.trainCsv(), options.valCsv())
                .restrictTo(options.trainIds(), options.valIds()).limit(options.limitTrain(), options.limitVal());
        if (dataset.train().isEmpty() || dataset.val().isEmpty()) {
            throw new IllegalArgumentException("no videos to run: " + dataset.train().size() + " train, "
                    + dataset.val().size() + " val");
        }
        Map<String, Path> videoFiles = videoFiles(options.videosDir(), dataset);
        AccountingLedger ledger = new AccountingLedger();
        try (GrpcChannels channels = new GrpcChannels()) {
            EpicServiceClients clients = new EpicServiceClients(channels.to(options.eventnessTarget()),
                    channels.to(options.plannerTarget()), channels.to(options.vlmTarget()), ledger);
            List<EpicVideoInput> train = inputs(dataset, dataset.train(), videoFiles, clients, options, progress);
            List<EpicVideoInput> val = inputs(dataset, dataset.val(), videoFiles, clients, options, progress);
            EpicFeatureStore store = new EpicFeatureStore(options.cacheDir(), options.backbone(), videoFiles, clients);
            MultiLabelTrainer trainer = new MultiLabelTrainer(options.cacheDir().resolve("djl"), options.threads());
            Stopwatch watch = new Stopwatch();
            Map<String, EpicMethodMetrics> methods = new LinkedHashMap<>();
            try (Writer plans = Files.newBufferedWriter(options.outDir().resolve(PLANS_FILE), StandardCharsets.UTF_8)) {
                for (String method : options.methods()) {
                    methods.put(method, evaluateMethod(method, train, val, dataset.classIds().size(), store, clients,
                            trainer, options, plans, watch, progress));
                }
            }
            Map<String, Double> timings = new LinkedHashMap<>();
            timings.put("prepare", watch.prepareNanos / 1e9);
            timings.put("train", watch.trainNanos / 1e9);
            timings.put("total", (System.nanoTime() - started) / 1e9);
            EpicMetricsJson metrics = new EpicMetricsJson(EpicMetricsJson.TASK, methods,
                    EpicTokens.budget(options.maxSteps()), options.maxSteps(), options.maxSeconds(), options.backbone(),
                    dataset.classIds().size(), train.size(), val.size(), options.seeds(), options.training().epochs(),
                    deltas(methods), timings);
            ArtifactJson.write(options.outDir().resolve(METRICS_FILE), metrics);
            ArtifactJson.write(options.outDir().resolve(ACCOUNTING_FILE), ledger.summary());
            return metrics;
        }
    }

    /** Wall-clock time spent preparing features and training, summed over methods. */
    private static final class Stopwatch {
        long prepareNanos;
        long trainNanos;
    }

    /** One method: plans and features of both splits, then one training per seed and its val metrics. */
    private static EpicMethodMetrics evaluateMethod(String method, List<EpicVideoInput> train, List<EpicVideoInput> val,
                                                    int numClasses, EpicFeatureStore store, EpicServiceClients clients,
                                                    MultiLabelTrainer trainer, EpicOptions options, Writer plans,
                                                    Stopwatch watch, Progress progress)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Planned trainPlanned = plan(method, train, store, clients, options, plans);
        Planned valPlanned = plan(method, val, store, clients, options, plans);
        watch.prepareNanos += System.nanoTime() - t0;
        progress.update(0, 0, method + ": features of " + (train.size() + val.size()) + " videos ready");
        long t1 = System.nanoTime();
        boolean[][] trainLabels = train.stream().map(EpicVideoInput::labels).toArray(boolean[][]::new);
        boolean[][] valLabels = val.stream().map(EpicVideoInput::labels).toArray(boolean[][]::new);
        MultiLabelData data = new MultiLabelData(trainPlanned.features(), trainLabels, valPlanned.features(),
                trainPlanned.features().get(0)[0].length, numClasses);
        List<EpicSeedMetrics> perSeed = new ArrayList<>();
        for (long seed : options.seeds()) {
            double[][] probabilities = trainer.trainAndPredict(data, options.training(), seed).evalProbabilities();
            EpicSeedMetrics metrics = new EpicSeedMetrics(seed, MultiLabelMetrics.meanAveragePrecision(valLabels,
                    probabilities), MultiLabelMetrics.macroF1(valLabels, probabilities, F1_THRESHOLD));
            perSeed.add(metrics);
            progress.update(0, 0, String.format(Locale.ROOT, "%s seed %d: mAP %.4f, macro-F1 %.4f", method, seed,
                    metrics.map(), metrics.macroF1()));
        }
        watch.trainNanos += System.nanoTime() - t1;
        double meanTokens = (double) (trainPlanned.tokens() + valPlanned.tokens()) / (train.size() + val.size());
        return EpicMethodMetrics.of(perSeed, meanTokens);
    }

    /** One split's planned features under a method, and the vision tokens its plans cost in all. */
    private record Planned(List<float[][]> features, long tokens) {
    }

    private static Planned plan(String method, List<EpicVideoInput> videos, EpicFeatureStore store,
                                EpicServiceClients clients, EpicOptions options, Writer plans)
            throws IOException, InterruptedException {
        List<EpicSelection> selections = new ArrayList<>();
        long tokens = 0;
        for (EpicVideoInput video : videos) {
            EpicSelection selection = clients.select(method, video, options.maxSteps());
            if (selection.totalTokens() > EpicTokens.budget(options.maxSteps())) {
                throw new IllegalStateException("planner-svc exceeded the budget for " + video.videoId() + " ("
                        + method + "): " + selection.totalTokens() + " tokens");
            }
            plans.write(ONE_LINE.writeValueAsString(selection) + "\n");
            selections.add(selection);
            tokens += selection.totalTokens();
        }
        plans.flush();
        store.prefetch(selections);
        return new Planned(selections.stream().map(store::features).toList(), tokens);
    }

    private static List<EpicVideoInput> inputs(EpicDataset dataset, List<EpicVideo> videos, Map<String, Path> files,
                                               EpicServiceClients clients, EpicOptions options, Progress progress)
            throws IOException {
        MediaDecoder decoder = new MediaDecoder();
        List<EpicVideoInput> out = new ArrayList<>();
        for (EpicVideo video : videos) {
            Path file = files.get(video.videoId());
            int duration;
            try {
                duration = decoder.decode(file, DecodeOptions.audioOnly(options.maxSeconds())).numSeconds();
            } catch (MediaDecodeException e) {
                throw new IOException("video " + video.videoId() + ": " + e.getMessage(), e);
            }
            double[] scores = clients.scores(video.videoId(), file, options.eventnessMethod(), duration);
            out.add(new EpicVideoInput(video.videoId(), file, duration, scores, video.oracleAnchors(),
                    dataset.labels(video)));
        }
        progress.update(0, 0, "scored " + out.size() + " videos");
        return out;
    }

    private static Map<String, Path> videoFiles(Path videosDir, EpicDataset dataset) {
        Map<String, Path> files = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (List<EpicVideo> split : List.of(dataset.train(), dataset.val())) {
            for (EpicVideo video : split) {
                Path file = videosDir.resolve(video.videoId() + ".mp4");
                if (Files.isRegularFile(file)) {
                    files.put(video.videoId(), file);
                } else {
                    missing.add(video.videoId());
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(missing.size() + " videos have no <id>.mp4 in " + videosDir + " (first: "
                    + missing.get(0) + "); give a split file or a limit that leaves them out");
        }
        return files;
    }

    /** Mean mAP of each method minus uniform's; empty without uniform. */
    static Map<String, Double> deltas(Map<String, EpicMethodMetrics> methods) {
        Map<String, Double> deltas = new LinkedHashMap<>();
        EpicMethodMetrics uniform = methods.get("uniform");
        if (uniform != null) {
            methods.forEach((name, m) -> deltas.put(name, m.mapMean() - uniform.mapMean()));
        }
        return deltas;
    }
}

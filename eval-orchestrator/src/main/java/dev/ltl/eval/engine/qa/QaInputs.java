package dev.ltl.eval.engine.qa;

import dev.ltl.eval.data.qa.PreprocessOutcome;
import dev.ltl.eval.data.qa.PreprocessedVideo;
import dev.ltl.eval.data.qa.QaDataset;
import dev.ltl.eval.data.qa.QaDatasetFormat;
import dev.ltl.eval.data.qa.QaDatasets;
import dev.ltl.eval.data.qa.QaItem;
import dev.ltl.eval.data.qa.QaLoadOptions;
import dev.ltl.eval.data.qa.SkippedVideo;
import dev.ltl.eval.data.qa.VideoPreprocessor;
import dev.ltl.eval.engine.ave.Progress;
import java.util.List;
import java.util.Map;

/**
 * The items of an evaluation with their preprocessed videos: the dataset loaded (with the limit),
 * every video decoded once into the cache (frames at t + 0.5 s, 16 kHz WAV), items of missing or
 * undecodable videos dropped and recorded when allowed.
 *
 * @param dataset           the loaded dataset (all items, before skipping)
 * @param items             the items evaluated, in dataset order
 * @param videos            video id to its preprocessed form
 * @param skipped           videos left out, for metrics.json {@code skipped_videos}
 * @param preprocessSeconds wall-clock time of loading + preprocessing
 */
public record QaInputs(QaDataset dataset, List<QaItem> items, Map<String, PreprocessedVideo> videos,
                       List<SkippedVideo> skipped, double preprocessSeconds) {

    /** Threads decoding videos: decoding is CPU-bound, and the services need the cores later. */
    private static final int DECODE_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    public static QaInputs prepare(QaEvalConfig config, Progress progress) throws java.io.IOException {
        long start = System.nanoTime();
        QaLoadOptions options = QaLoadOptions.defaults().withLimit(config.limit()).withSplit(config.split())
                .withAnswersFile(config.labels()).withName(config.name());
        QaDataset dataset = QaDatasets.load(QaDatasetFormat.parse(config.format()), config.annotations(), options);
        progress.update(0, 0, "loaded " + dataset.items().size() + " items of " + dataset.name() + " ("
                + dataset.split() + "); preprocessing " + dataset.videoIds().size() + " videos into "
                + config.cacheDir());
        PreprocessOutcome outcome = new VideoPreprocessor(config.cacheDir(), config.maxSeconds())
                .prepareAll(dataset.items(), config.videoDir(), config.allowMissing(), config.minItems(),
                        DECODE_THREADS);
        if (!outcome.skipped().isEmpty()) {
            progress.update(0, 0, "skipped " + outcome.skipped().size() + " videos: " + outcome.skipped());
        }
        return new QaInputs(dataset, outcome.items(), outcome.videos(), outcome.skipped(),
                (System.nanoTime() - start) / 1e9);
    }
}

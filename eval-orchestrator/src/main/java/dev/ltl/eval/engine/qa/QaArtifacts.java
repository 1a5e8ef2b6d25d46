package dev.ltl.eval.engine.qa;

import dev.ltl.eval.artifacts.ArtifactJson;
import dev.ltl.eval.data.qa.PreprocessedVideo;
import dev.ltl.eval.data.qa.QaItem;
import dev.ltl.eval.qa.PredictionsJsonl;
import dev.ltl.eval.qa.QaMetricsJson;
import dev.ltl.eval.qa.QaPrediction;
import dev.ltl.eval.qa.QaRunInfo;
import dev.ltl.eval.qa.SkippedVideo;
import dev.ltl.proto.vlm.v1.ListModelsRequest;
import dev.ltl.proto.vlm.v1.ModelInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The artifacts of a QA evaluation beside predictions.jsonl: metrics.json and preprocess_meta.json. */
final class QaArtifacts {
    private QaArtifacts() {
    }

    /**
     * metrics.json from the rows. Artifact paths are relative to the output directory, so a moved
     * (or differently named) output directory holds the same file.
     */
    static QaMetricsJson metrics(QaEvalConfig config, QaInputs inputs, List<QaPrediction> rows, String device,
                                 double evalSeconds, double totalSeconds, Path out) {
        QaRunInfo run = new QaRunInfo(inputs.dataset().name(), inputs.dataset().split(), config.methods(),
                config.budgetFrames(), config.maxSeconds(), config.seed(), config.strategy(),
                // dtype: vlm-svc does not report it; null rather than a guess.
                new QaRunInfo.Model(config.model(), device, null));
        Map<String, String> artifacts = new LinkedHashMap<>();
        artifacts.put("predictions", PredictionsJsonl.FILE_NAME);
        artifacts.put("metrics", QaMetricsJson.FILE_NAME);
        artifacts.put("preprocess_meta", QaEvaluation.PREPROCESS_META_FILE);
        artifacts.put("signals", QaEvaluation.SIGNALS_FILE);
        artifacts.put("run_summary", QaEvaluation.RUN_SUMMARY_FILE);
        return QaMetricsJson.assemble(run, rows, config.nBoot(),
                new QaMetricsJson.StageTimings(inputs.preprocessSeconds(), evalSeconds, totalSeconds),
                skipped(inputs), artifacts);
    }

    static List<SkippedVideo> skipped(QaInputs inputs) {
        List<SkippedVideo> skipped = new ArrayList<>();
        inputs.skipped().forEach(s -> skipped.add(new SkippedVideo(s.videoId(), s.reason(), s.error())));
        return skipped;
    }

    /** {@code {max_seconds, videos: [per video], skipped_videos}}: what preprocessing produced for this run. */
    static void writePreprocessMeta(Path file, QaInputs inputs) {
        List<Map<String, Object>> videos = new ArrayList<>();
        for (PreprocessedVideo video : inputs.videos().values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("video_id", video.videoId());
            entry.put("source", video.source().toString());
            entry.put("num_seconds", video.numSeconds());
            entry.put("has_audio", video.hadAudio());
            entry.put("audio_wav", video.audioWav().toString());
            entry.put("frames_dir", video.frames().isEmpty() ? null : video.frames().get(0).getParent().toString());
            videos.add(entry);
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("n_videos", videos.size());
        meta.put("videos", videos);
        meta.put("skipped_videos", skipped(inputs));
        ArtifactJson.write(file, meta);
    }

    /** A row for an item that could not even be selected for (e.g. its video's signals failed). */
    static QaPrediction failedRow(QaItem item, String method, PreprocessedVideo video, int budgetFrames, String error) {
        return new QaPrediction(item.qid(), item.videoId(), method, budgetFrames, video.numSeconds(), null, null, null,
                null, null, -1, item.answerIdx(), false, true, null, null, null, error, item.meta());
    }

    /** The device vlm-svc reports for the model ("unknown" when it does not say). */
    static String modelDevice(QaServiceCalls calls, String model) {
        try {
            for (ModelInfo info : calls.listModels(ListModelsRequest.getDefaultInstance()).getModelsList()) {
                if (info.getStatus().getName().equals(model) && !info.getStatus().getDevice().isBlank()) {
                    return info.getStatus().getDevice();
                }
            }
        } catch (RuntimeException e) {
            // Only a label in metrics.json: an unreachable ListModels must not fail a finished run.
        }
        return "unknown";
    }
}

package dev.ltl.eval.qa;

import java.nio.file.Path;
import java.util.Map;

/** The resumable {@code predictions.jsonl} writer; open one with {@link PredictionsJsonl#open}. */
public final class PredictionsWriter extends ResumableJsonlWriter<QaPrediction> {
    PredictionsWriter(Path file, Map<String, Object> runConfig) {
        super(file, runConfig, QaPrediction.class, QaPrediction::key);
    }
}

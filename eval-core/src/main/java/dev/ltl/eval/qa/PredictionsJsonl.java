package dev.ltl.eval.qa;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code predictions.jsonl} (spec §5): a {@code {"_config": …}} header line, then one
 * {@link QaPrediction} per line, streamed and fsynced as rows finish. Resume rules: see
 * {@link ResumableJsonlWriter}; the resume key is {@code qid|method}.
 */
public final class PredictionsJsonl {
    /** The conventional file name. */
    public static final String FILE_NAME = "predictions.jsonl";

    private PredictionsJsonl() {
    }

    /** Creates {@code file} with its header, or resumes it after checking the header equals runConfig. */
    public static PredictionsWriter open(Path file, Map<String, Object> runConfig) {
        return new PredictionsWriter(file, runConfig);
    }

    /** The rows of a predictions file in file order (a crash-cut last line is ignored). */
    public static List<QaPrediction> read(Path file) {
        return ResumableJsonlWriter.readRows(file, QaPrediction.class, QaPrediction::key);
    }

    /** The run config of a predictions file's header. */
    public static Map<String, Object> readConfig(Path file) {
        return ResumableJsonlWriter.readConfig(file);
    }
}

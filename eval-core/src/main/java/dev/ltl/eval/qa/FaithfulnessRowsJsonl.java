package dev.ltl.eval.qa;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The faithfulness {@code rows.jsonl}: the same header, streaming, fsync and resume rules as
 * {@link PredictionsJsonl} (see {@link ResumableJsonlWriter}), one {@link FaithfulnessRow} per line.
 */
public final class FaithfulnessRowsJsonl {
    /** The conventional file name. */
    public static final String FILE_NAME = "rows.jsonl";

    private FaithfulnessRowsJsonl() {
    }

    /** The resumable writer of faithfulness rows. */
    public static final class Writer extends ResumableJsonlWriter<FaithfulnessRow> {
        Writer(Path file, Map<String, Object> runConfig) {
            super(file, runConfig, FaithfulnessRow.class, FaithfulnessRow::key);
        }
    }

    /** Creates {@code file} with its header, or resumes it after checking the header. */
    public static Writer open(Path file, Map<String, Object> runConfig) {
        return new Writer(file, runConfig);
    }

    /** The rows in file order (a crash-cut last line is ignored). */
    public static List<FaithfulnessRow> read(Path file) {
        return ResumableJsonlWriter.readRows(file, FaithfulnessRow.class, FaithfulnessRow::key);
    }
}

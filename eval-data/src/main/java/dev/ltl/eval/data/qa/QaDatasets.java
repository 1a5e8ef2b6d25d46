package dev.ltl.eval.data.qa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Loads a multiple-choice QA dataset from its annotation file (ltl-qa-epic.md §1). */
public final class QaDatasets {

    private QaDatasets() {
    }

    /**
     * Reads {@code annotations} in {@code format}.
     *
     * @throws QaDataException naming file:line and the field for a bad row, or a duplicate (qid, video_id)
     * @throws IOException     when the file cannot be read
     */
    public static QaDataset load(QaDatasetFormat format, Path annotations, QaLoadOptions opts) throws IOException {
        if (!Files.isRegularFile(annotations)) {
            throw new NoSuchFileException(annotations.toString(), null, "QA annotation file not found");
        }
        return switch (format) {
            case INTENTQA -> IntentQaReader.read(annotations, opts);
            case EGOSCHEMA -> EgoSchemaReader.read(annotations, opts);
            case AVQA -> AvqaReader.read(annotations, opts);
            case JSONL -> JsonlQaReader.read(annotations, opts);
        };
    }
}

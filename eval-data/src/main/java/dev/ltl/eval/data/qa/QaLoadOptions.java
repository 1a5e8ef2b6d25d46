package dev.ltl.eval.data.qa;

import java.nio.file.Path;

/**
 * How {@link QaDatasets#load} reads a dataset.
 *
 * @param limit       keep only the first {@code limit} items (after the split's filtering); {@code <= 0} keeps all
 * @param split       split name to report, and for EgoSchema which items to keep ({@code subset}: labelled only,
 *                    the default; {@code full}: all, unlabelled ones with answer -1); null = the format's default
 * @param answersFile EgoSchema labels {@code {q_uid: index}}; null = {@code subset_answers.json} beside the
 *                    questions file when it exists
 * @param name        dataset name to report; null = the format's id (JSONL: the file's stem)
 */
public record QaLoadOptions(int limit, String split, Path answersFile, String name) {

    /** Everything, default split and name. */
    public static QaLoadOptions defaults() {
        return new QaLoadOptions(0, null, null, null);
    }

    public QaLoadOptions withLimit(int n) {
        return new QaLoadOptions(n, split, answersFile, name);
    }

    public QaLoadOptions withSplit(String s) {
        return new QaLoadOptions(limit, s, answersFile, name);
    }

    public QaLoadOptions withAnswersFile(Path file) {
        return new QaLoadOptions(limit, split, file, name);
    }

    public QaLoadOptions withName(String n) {
        return new QaLoadOptions(limit, split, answersFile, n);
    }
}

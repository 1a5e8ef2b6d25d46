package dev.ltl.eval.data.qa;

import java.util.Locale;

/** The annotation formats {@link QaDatasets#load} reads (ltl-qa-epic.md §1). */
public enum QaDatasetFormat {
    /** IntentQA CSV: {@code video_id, qid, question, a0..a4, answer, type, …}, header by name. */
    INTENTQA,
    /** EgoSchema JSON/JSONL questions ({@code q_uid}, {@code option 0..4}) with labels from {@code subset_answers.json}. */
    EGOSCHEMA,
    /** AVQA {@code train_qa.json}/{@code val_qa.json}: {@code id, video_name, question_text, multi_choice, answer}. */
    AVQA,
    /** The generic JSONL of this project: {@code {"qid","video_id","question","options","answer_idx","meta"}}. */
    JSONL;

    /** Lower-case name, used as the default dataset name. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a format name case-insensitively. */
    public static QaDatasetFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown QA dataset format '" + name + "'; expected one of "
                    + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT), e);
        }
    }
}

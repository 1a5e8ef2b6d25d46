package dev.ltl.eval.data.qa;

import java.util.List;
import java.util.Map;

/**
 * One multiple-choice question about a video.
 *
 * @param qid       question id, unique within a dataset
 * @param videoId   video the question is about (file stem in the video directory)
 * @param question  question text
 * @param options   option texts, lettered A, B, ...
 * @param answerIdx 0-based correct option; -1 when the split has no labels
 * @param meta      bucket metadata, e.g. {@code type} (IntentQA), {@code question_type} (AVQA)
 */
public record QaItem(String qid, String videoId, String question, List<String> options, int answerIdx,
                     Map<String, String> meta) {
    public QaItem {
        options = List.copyOf(options);
        meta = Map.copyOf(meta);
    }

    /** The per-item seed key of ltl-qa-epic.md §1: {@code "qid|video_id"}. */
    public String seedKey() {
        return qid + "|" + videoId;
    }
}

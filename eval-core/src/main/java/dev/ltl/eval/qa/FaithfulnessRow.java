package dev.ltl.eval.qa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One {@code rows.jsonl} row of the faithfulness test (spec §3): the VLM's answer on the method's
 * selection and on the {@link DeletedSchedule}.
 *
 * <p>{@code error} non-null marks a failed item (either run threw); like a failed prediction it
 * counts as invalid and wrong on both schedules, and the constructor enforces that. Use
 * {@link #of} to derive {@code correct*} and {@code pred_changed} from the indices.
 *
 * @param durationSeconds T
 * @param predChanged     predIdx ≠ predIdxDeleted
 */
public record FaithfulnessRow(String qid, String videoId, String method, int budgetFrames, int durationSeconds,
                              List<Integer> selectedSeconds, List<Integer> anchorSeconds,
                              List<Integer> backgroundSeconds, List<Integer> deletedSeconds, int predIdx,
                              int predIdxDeleted, int answerIdx, boolean correct, boolean correctDeleted,
                              boolean invalid, boolean invalidDeleted, boolean predChanged, String error) {

    /** Normalises null lists and applies the failed-item rule. */
    public FaithfulnessRow {
        if (qid == null || method == null) {
            throw new IllegalArgumentException("qid and method are required");
        }
        selectedSeconds = copyOrEmpty(selectedSeconds);
        anchorSeconds = copyOrEmpty(anchorSeconds);
        backgroundSeconds = copyOrEmpty(backgroundSeconds);
        deletedSeconds = copyOrEmpty(deletedSeconds);
        if (error != null) {
            predIdx = -1;
            predIdxDeleted = -1;
            correct = false;
            correctDeleted = false;
            invalid = true;
            invalidDeleted = true;
            predChanged = false;
        }
    }

    /**
     * A row from the two answers; an index of −1 means invalid. correct = valid and equal to the
     * answer; pred_changed compares the raw indices (valid → invalid counts as a change).
     */
    public static FaithfulnessRow of(String qid, String videoId, String method, int budgetFrames,
                                     int durationSeconds, List<Integer> selected, List<Integer> anchors,
                                     List<Integer> background, List<Integer> deleted, int predIdx,
                                     int predIdxDeleted, int answerIdx) {
        return new FaithfulnessRow(qid, videoId, method, budgetFrames, durationSeconds, selected, anchors,
                background, deleted, predIdx, predIdxDeleted, answerIdx,
                predIdx >= 0 && predIdx == answerIdx, predIdxDeleted >= 0 && predIdxDeleted == answerIdx,
                predIdx < 0, predIdxDeleted < 0, predIdx != predIdxDeleted, null);
    }

    /** The resume key {@code qid|method}. */
    public String key() {
        return QaPrediction.key(qid, method);
    }

    private static List<Integer> copyOrEmpty(List<Integer> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}

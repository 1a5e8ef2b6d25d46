package dev.ltl.eval.qa;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code predictions.jsonl} row: one (item, method) answered by the VLM (spec §5).
 *
 * <p>A row whose {@code error} is non-null is a failed item (selection or answering threw). It is
 * kept so the run goes on and the failure is visible, and it always counts as invalid and wrong:
 * the constructor forces {@code invalid = true}, {@code correct = false}, {@code predIdx = -1}.
 * Missing lists and maps become empty ones, so a written and re-read row equals the original.
 *
 * @param qid               item id (unique within a dataset)
 * @param videoId           source video
 * @param method            selection method ({@code uniform}, {@code audio}, …)
 * @param budgetFrames      budget B
 * @param numSeconds        T, the seconds the item's video offered
 * @param selectedSeconds   the frames shown, ascending
 * @param backgroundSeconds mixture selector: uniform background part (else empty)
 * @param anchorSeconds     mixture selector: accepted anchors (else empty)
 * @param alpha             mixture selector: background share α (else null)
 * @param qBar              mixture selector: reliability q̄ (else null)
 * @param predIdx           chosen option index, −1 when invalid
 * @param answerIdx         ground-truth option index
 * @param correct           predIdx == answerIdx and the answer was valid
 * @param invalid           no option could be read from the model's answer
 * @param optionScores      per-option scores (log-likelihoods) in option order, may be empty
 * @param timings           wall-clock seconds, see {@link QaAccounting} for the keys it reads
 * @param tokens            token counts, see {@link QaAccounting}
 * @param error             failure message, null when the item was answered
 * @param meta              item metadata used for buckets ({@code type}, {@code question_type}, …)
 */
public record QaPrediction(String qid, String videoId, String method, int budgetFrames, int numSeconds,
                           List<Integer> selectedSeconds, List<Integer> backgroundSeconds,
                           List<Integer> anchorSeconds, Double alpha, Double qBar, int predIdx,
                           int answerIdx, boolean correct, boolean invalid, List<Double> optionScores,
                           Map<String, Object> timings, Map<String, Object> tokens, String error,
                           Map<String, String> meta) {

    /** Normalises nulls and applies the failed-item rule. */
    public QaPrediction {
        if (qid == null || method == null) {
            throw new IllegalArgumentException("qid and method are required");
        }
        selectedSeconds = copyOrEmpty(selectedSeconds);
        backgroundSeconds = copyOrEmpty(backgroundSeconds);
        anchorSeconds = copyOrEmpty(anchorSeconds);
        optionScores = copyOrEmpty(optionScores);
        timings = orderedCopy(timings);
        tokens = orderedCopy(tokens);
        meta = orderedCopy(meta);
        if (error != null) {
            predIdx = -1;
            correct = false;
            invalid = true;
        }
    }

    /** The resume key {@code qid|method}. */
    public String key() {
        return key(qid, method);
    }

    /** The resume key of an (item, method) pair. */
    public static String key(String qid, String method) {
        return qid + "|" + method;
    }

    /** Whether the item failed (has an error). */
    @JsonIgnore
    public boolean failed() {
        return error != null;
    }

    private static <T> List<T> copyOrEmpty(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    private static <V> Map<String, V> orderedCopy(Map<String, V> map) {
        // LinkedHashMap (not Map.copyOf) keeps the caller's key order for the JSON line and allows null values.
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}

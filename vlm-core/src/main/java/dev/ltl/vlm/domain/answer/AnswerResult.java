package dev.ltl.vlm.domain.answer;

import java.util.List;

/**
 * A VLM's answer to one {@link AnswerQuery}.
 *
 * @param optionLogProbs one per option in option order (empty when the strategy gives none)
 * @param chosenIndex    0-based chosen option, -1 when invalid
 * @param generatedText  GENERATE: the generated text; otherwise empty
 * @param images         per image, the size the model saw and its vision tokens
 * @param modelId        "name@version" of what answered
 * @param device         "cpu", "cuda:0", or the backend's URL host for HTTP backends
 */
public record AnswerResult(List<Double> optionLogProbs, int chosenIndex, String generatedText,
                           List<ImageCost> images, AnswerStats stats, String modelId, String device) {
    public AnswerResult {
        optionLogProbs = List.copyOf(optionLogProbs);
        images = List.copyOf(images);
    }

    /** The chosen option for per-option scores: the highest, ties to the first (the reference's argmax); -1 if none. */
    public static int argmax(List<Double> scores) {
        int best = -1;
        for (int i = 0; i < scores.size(); i++) {
            if (best < 0 || scores.get(i) > scores.get(best)) {
                best = i;
            }
        }
        return best;
    }

    public boolean invalid() {
        return chosenIndex < 0;
    }

    /** "A", "B", ... or "" when invalid. */
    public String chosenLetter() {
        return chosenIndex < 0 ? "" : String.valueOf((char) ('A' + chosenIndex));
    }
}

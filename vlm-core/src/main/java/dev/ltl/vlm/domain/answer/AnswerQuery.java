package dev.ltl.vlm.domain.answer;

import java.util.List;

/**
 * One validated question for a VLM.
 *
 * @param question     non-blank question text
 * @param options      0..26 option texts, lettered A, B, ...
 * @param images       images in the order the model sees them (may be empty: text only)
 * @param strategy     how the answer is read
 * @param maxNewTokens GENERATE only: most new tokens (≥ 1)
 * @param format       chat template or raw prompt
 * @param instruction  instruction line of the QA prompt; null = the reference instruction
 */
public record AnswerQuery(String question, List<String> options, List<QuestionImage> images,
                          AnswerStrategy strategy, int maxNewTokens, PromptFormat format, String instruction) {
    /** Most options a question may have: one per letter A–Z. */
    public static final int MAX_OPTIONS = 26;

    public AnswerQuery {
        options = List.copyOf(options);
        images = List.copyOf(images);
    }
}

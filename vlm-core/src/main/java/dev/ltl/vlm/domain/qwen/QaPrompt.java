package dev.ltl.vlm.domain.qwen;

import java.util.List;

/**
 * The text of a long-video QA question as the reference experiments send it (ltl-qa-epic.md §1):
 * <pre>
 * {instruction}
 *
 * Question: {question}
 *
 * Options:
 * A. {opt0}
 * B. {opt1}
 *
 * Answer (single letter):
 * </pre>
 * Lines are joined with {@code \n}; there is no trailing newline or space after the final colon.
 */
public final class QaPrompt {

    /** The reference instruction line. */
    public static final String DEFAULT_INSTRUCTION = "You are given a sequence of video frames (in chronological order). "
            + "Answer the multiple-choice question by outputting a single letter only.";

    static final String ANSWER_CUE = "Answer (single letter):";

    private QaPrompt() {
    }

    /** The reference prompt with the default instruction. */
    public static String build(String question, List<String> options) {
        return build(question, options, null);
    }

    /**
     * Builds the prompt text.
     *
     * @param instruction replaces the first line; null or blank = {@link #DEFAULT_INSTRUCTION}
     * @param options     lettered A, B, …; when empty (an open question) the whole "Options:" block is left out
     *                    ([AMBIG] the reference always has options; we drop the block rather than print an empty one)
     */
    public static String build(String question, List<String> options, String instruction) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question must not be blank");
        }
        if (options.size() > 26) {
            throw new IllegalArgumentException("at most 26 options (A-Z), got " + options.size());
        }
        String head = instruction == null || instruction.isBlank() ? DEFAULT_INSTRUCTION : instruction;
        StringBuilder text = new StringBuilder(head).append("\n\nQuestion: ").append(question).append("\n\n");
        if (!options.isEmpty()) {
            text.append("Options:\n");
            for (int i = 0; i < options.size(); i++) {
                text.append((char) ('A' + i)).append(". ").append(options.get(i)).append('\n');
            }
            text.append('\n');
        }
        return text.append(ANSWER_CUE).toString();
    }
}

package dev.ltl.vlm.domain.answer;

/** How an answer is read from the model (see vlm.proto AnswerStrategy). */
public enum AnswerStrategy {
    /** One pass; option scores = log-softmax of each letter token at the last prompt position. */
    LETTER_LIKELIHOOD,
    /** One pass per option with the letter appended; score = sum of the letter tokens' log-probs. */
    PER_OPTION_LIKELIHOOD,
    /** Greedy generation; the first standalone option letter in the text, else invalid. */
    GENERATE
}

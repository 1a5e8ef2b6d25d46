package dev.ltl.vlm.http;

import dev.ltl.vlm.domain.answer.AnswerBackendException;
import dev.ltl.vlm.domain.answer.AnswerResult;
import dev.ltl.vlm.http.ChatCompletion.TokenLogprob;
import java.util.ArrayList;
import java.util.List;

/**
 * Option scores from the top log-probabilities of the first generated token — the HTTP equivalent of reading
 * the letter logits at the last prompt position.
 *
 * <p>A letter's score is the largest log-probability among the candidates that spell it ("A" or " A", as
 * tokenizers differ in whether the answer token carries a leading space). A server only reports the top k
 * candidates, so a letter may be absent: its true log-probability is then at most the smallest reported
 * one. [AMBIG] We give absent letters {@code min(reported) − 1}: strictly below every reported letter (so
 * the argmax never picks an unseen letter over a seen one), finite (so sums and means in evaluations
 * stay numbers), and the same for every absent letter (they tie, and ties go to the first).
 */
final class LetterLogprobs {
    /** Gap between the smallest reported log-probability and the floor given to absent letters. */
    static final double ABSENT_LETTER_GAP = 1.0;

    private LetterLogprobs() {
    }

    /** One score per option letter A, B, ... (numOptions of them). */
    static List<Double> scores(List<TokenLogprob> top, int numOptions, String backend) {
        if (top.isEmpty()) {
            throw new AnswerBackendException("backend " + backend + " returned no top_logprobs for the first token; "
                    + "it must support logprobs/top_logprobs for letter_likelihood", null, false);
        }
        double floor = top.stream().mapToDouble(TokenLogprob::logprob).min().orElseThrow() - ABSENT_LETTER_GAP;
        List<Double> scores = new ArrayList<>(numOptions);
        for (int i = 0; i < numOptions; i++) {
            String letter = String.valueOf((char) ('A' + i));
            double best = Double.NEGATIVE_INFINITY;
            for (TokenLogprob candidate : top) {
                if (candidate.token().strip().equals(letter) && isLetterToken(candidate.token())) {
                    best = Math.max(best, candidate.logprob());
                }
            }
            scores.add(best == Double.NEGATIVE_INFINITY ? floor : best);
        }
        return scores;
    }

    /** Index of the highest score; ties go to the first (the reference's argmax). */
    static int argmax(List<Double> scores) {
        return AnswerResult.argmax(scores);
    }

    /** "A" or " A" only: a letter with at most one leading space, nothing after it. */
    private static boolean isLetterToken(String token) {
        return token.length() == 1 || (token.length() == 2 && token.charAt(0) == ' ');
    }
}

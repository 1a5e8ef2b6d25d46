package dev.ltl.vlm.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltl.vlm.http.ChatCompletion.TokenLogprob;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The floor for letters outside the top-k and the argmax rule hold for any reported candidates. */
class LetterLogprobsProperties {

    @Property
    void absentLettersScoreBelowEveryReportedLetter(
            @ForAll @Size(min = 1, max = 20) List<@DoubleRange(min = -30, max = 0) Double> logprobs,
            @ForAll @IntRange(min = 2, max = 26) int options) {
        List<TokenLogprob> top = new ArrayList<>();
        for (int i = 0; i < logprobs.size(); i++) {
            // Every other candidate spells a letter (with or without the leading space), the rest are words.
            String token = i % 2 == 0 ? (i % 4 == 0 ? " " : "") + (char) ('A' + (i / 2) % 26) : "word" + i;
            top.add(new TokenLogprob(token, logprobs.get(i)));
        }
        List<Double> scores = LetterLogprobs.scores(top, options, "test");
        double minReported = logprobs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertThat(scores).hasSize(options);
        for (int i = 0; i < options; i++) {
            String letter = String.valueOf((char) ('A' + i));
            boolean reported = top.stream().anyMatch(t -> t.token().strip().equals(letter));
            if (reported) {
                assertThat(scores.get(i)).isGreaterThanOrEqualTo(minReported);
            } else {
                assertThat(scores.get(i)).isEqualTo(minReported - LetterLogprobs.ABSENT_LETTER_GAP);
            }
        }
    }

    @Property
    void argmaxIsTheFirstHighestScore(@ForAll @Size(min = 1, max = 26) List<@IntRange(min = -3, max = 0) Integer> ints) {
        List<Double> scores = ints.stream().map(Integer::doubleValue).toList();
        int chosen = LetterLogprobs.argmax(scores);
        double best = scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(scores.get(chosen)).isEqualTo(best);
        assertThat(scores.subList(0, chosen)).allSatisfy(s -> assertThat(s).isLessThan(best));
    }
}

package dev.ltl.relevance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TranscriptsTest {
    @Test
    void tokensAreAsciiAlphanumericRunsLowerCased() {
        assertThat(Transcripts.tokens(" Dog's BARKING, at 3am — café!")).containsExactly("dog", "s", "barking", "at",
                "3am", "caf");
    }

    @Test
    void wordsLandInTheSecondOfTheirTruncatedMidpoint() {
        List<TimedWord> words = List.of(new TimedWord("A", 0.9, 1.0), new TimedWord("b", 0.9, 1.2),
                new TimedWord("c", 2.99, 3.0), new TimedWord("d", 3.0, 5.1), new TimedWord("e", -0.8, 0.2));
        // midpoints 0.95 → 0, 1.05 → 1, 2.995 → 2, 4.05 → 4 (dropped: T = 4), -0.3 → int() truncates to 0.
        assertThat(Transcripts.tokensPerSecond(words, 4)).containsExactly(List.of("a", "e"), List.of("b"),
                List.of("c"), List.of());
        assertThat(Transcripts.textPerSecond(words, 4)).containsExactly("A e", "b", "c", "");
    }

    @Property
    void everyKeptWordIsInExactlyOneSecond(@ForAll @DoubleRange(min = 0, max = 20) double start,
                                           @ForAll @DoubleRange(min = 0, max = 2) double length,
                                           @ForAll @IntRange(min = 1, max = 15) int numSeconds) {
        double end = start + length;
        List<List<String>> seconds = Transcripts.tokensPerSecond(List.of(new TimedWord("w", start, end)), numSeconds);
        long placed = seconds.stream().mapToLong(List::size).sum();
        // The spec's int((start + end) / 2) on the stored end (2·start + length can round differently).
        int expected = (int) ((start + end) / 2.0);
        assertThat(placed).isEqualTo(expected < numSeconds ? 1 : 0);
        if (placed == 1) {
            assertThat(seconds.get(expected)).containsExactly("w");
        }
    }
}

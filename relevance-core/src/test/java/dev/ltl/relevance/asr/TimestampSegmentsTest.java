package dev.ltl.relevance.asr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ltl.relevance.domain.TimedWord;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Segment cutting at timestamp tokens, the vocabulary's timestamp ids, and proportional word times. */
class TimestampSegmentsTest {
    private static final WhisperVocabulary VOCAB = new WhisperVocabulary(Map.of("<|endoftext|>", 10L,
            "<|notimestamps|>", 14L, "<|0.00|>", 15L));

    private static long[] ids(String... tokens) {
        long[] out = new long[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = TinyWhisper.id(tokens[i]);
        }
        return out;
    }

    @Test
    void timestampPairsMakeSegmentsAndSpecialsAreSkipped() {
        List<TimestampSegments.Segment> segments = TimestampSegments.cut(ids("<|0.50|>", "Ġhello", "<|startoftranscript|>",
                "<|1.00|>", "<|1.20|>", "Ġworld", "<|2.00|>"), VOCAB, 30);
        assertThat(segments).hasSize(2);
        assertThat(segments.get(0).startS()).isCloseTo(0.5, within(1e-12));
        assertThat(segments.get(0).endS()).isCloseTo(1.0, within(1e-12));
        assertThat(segments.get(0).textTokens()).containsExactly(0);
        assertThat(segments.get(1).startS()).isCloseTo(1.2, within(1e-12));
        assertThat(segments.get(1).textTokens()).containsExactly(1);
    }

    @Test
    void textWithoutAnOpeningTimestampStartsAtThePreviousEndAndOpenTextEndsAtTheWindowEnd() {
        List<TimestampSegments.Segment> segments = TimestampSegments.cut(ids("Ġhello", "<|1.00|>", "Ġworld"), VOCAB, 7.5);
        assertThat(segments).extracting(TimestampSegments.Segment::startS).containsExactly(0.0, 1.0);
        assertThat(segments).extracting(TimestampSegments.Segment::endS).containsExactly(1.0, 7.5);
    }

    @Test
    void withoutTimestampAddedTokensTheyFollowNoTimestamps() {
        WhisperVocabulary legacy = new WhisperVocabulary(Map.of("<|endoftext|>", 50256L, "<|notimestamps|>", 50362L));
        assertThat(legacy.isTimestamp(50363)).isTrue();
        assertThat(legacy.seconds(50363 + 1500)).isCloseTo(30.0, within(1e-9));
        assertThat(legacy.isTimestamp(50363 + 1501)).isFalse();
        assertThat(legacy.isText(50255)).isTrue();
        assertThat(legacy.isText(50256)).isFalse();
    }

    @Test
    void wordsAreSpreadByCharacterCount() {
        List<TimedWord> words = ProportionalWordTimes.spread(" ab  cdef\tg ", 1.0, 3.8);
        assertThat(words).extracting(TimedWord::text).containsExactly("ab", "cdef", "g");
        assertThat(words.get(0).endS()).isCloseTo(1.8, within(1e-12));
        assertThat(words.get(1).endS()).isCloseTo(3.4, within(1e-12));
        assertThat(words.get(2).endS()).isCloseTo(3.8, within(1e-12));
        assertThat(ProportionalWordTimes.spread("   ", 0, 1)).isEmpty();
    }

    @Property
    void wordTimesTileTheSegment(@ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 12) Integer> lengths,
                                 @ForAll @IntRange(min = 0, max = 1000) int startCs, @ForAll @IntRange(min = 0, max = 3000) int durationCs) {
        StringBuilder text = new StringBuilder();
        lengths.forEach(n -> text.append("x".repeat(n)).append(' '));
        double start = startCs / 100.0;
        double end = start + durationCs / 100.0;
        List<TimedWord> words = ProportionalWordTimes.spread(text.toString(), start, end);
        assertThat(words).hasSize(lengths.size());
        assertThat(words.get(0).startS()).isEqualTo(start);
        assertThat(words.get(words.size() - 1).endS()).isCloseTo(end, within(1e-9));
        for (int i = 0; i < words.size(); i++) {
            double share = (words.get(i).endS() - words.get(i).startS());
            double total = lengths.stream().mapToInt(Integer::intValue).sum();
            assertThat(share).isCloseTo((end - start) * lengths.get(i) / total, within(1e-9));
            if (i > 0) {
                assertThat(words.get(i).startS()).isEqualTo(words.get(i - 1).endS());
            }
        }
    }
}

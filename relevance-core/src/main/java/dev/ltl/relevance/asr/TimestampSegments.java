package dev.ltl.relevance.asr;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the tokens Whisper generated for one window into segments at its timestamp tokens:
 * {@code <|t0|> text <|t1|>} is one segment from t0 to t1; a closing timestamp directly followed by
 * another ({@code <|t1|><|t1|>}) closes one segment and opens the next.
 *
 * <p>Edge cases, chosen here: text before any opening timestamp starts where the previous segment ended
 * (0 for the first); text still open when decoding stops (end of text or the token limit) ends at
 * {@code windowEndS} (the end of the window's audio). Segments without text tokens are dropped, and a
 * segment whose end is before its start is given its start as end. Special tokens inside a segment are skipped.
 */
final class TimestampSegments {
    /** A span of the window and the text token ids spoken in it. */
    record Segment(double startS, double endS, long[] textTokens) {
    }

    private TimestampSegments() {
    }

    static List<Segment> cut(long[] generated, WhisperVocabulary vocabulary, double windowEndS) {
        List<Segment> segments = new ArrayList<>();
        List<Long> text = new ArrayList<>();
        double lastEnd = 0;
        Double open = null;
        for (long id : generated) {
            if (vocabulary.isTimestamp(id)) {
                double t = vocabulary.seconds(id);
                if (open == null && text.isEmpty()) {
                    open = t;
                } else {
                    double start = open == null ? lastEnd : open;
                    add(segments, start, t, text);
                    lastEnd = t;
                    open = null;
                    text.clear();
                }
            } else if (vocabulary.isText(id)) {
                text.add(id);
            }
        }
        if (!text.isEmpty()) {
            add(segments, open == null ? lastEnd : open, windowEndS, text);
        }
        return segments;
    }

    private static void add(List<Segment> segments, double start, double end, List<Long> text) {
        if (!text.isEmpty()) {
            segments.add(new Segment(start, Math.max(start, end), text.stream().mapToLong(Long::longValue).toArray()));
        }
    }
}

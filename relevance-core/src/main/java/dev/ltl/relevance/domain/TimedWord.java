package dev.ltl.relevance.domain;

/**
 * One transcribed word with its time span in seconds, as Whisper's word timestamps give it.
 *
 * @param text   the word as transcribed (may carry punctuation or a leading space)
 * @param startS start time, seconds
 * @param endS   end time, seconds
 */
public record TimedWord(String text, double startS, double endS) {
    public TimedWord {
        if (text == null) {
            throw new IllegalArgumentException("word text must not be null");
        }
        if (!Double.isFinite(startS) || !Double.isFinite(endS)) {
            throw new IllegalArgumentException("word '" + text + "' has a non-finite time: " + startS + ".." + endS);
        }
    }

    /**
     * The second a word belongs to: {@code int((start + end) / 2)} as the reference computes it
     * (Python's int() truncates toward zero, so a midpoint in (-1, 0) also lands in second 0).
     */
    public int second() {
        return (int) ((startS + endS) / 2.0);
    }
}

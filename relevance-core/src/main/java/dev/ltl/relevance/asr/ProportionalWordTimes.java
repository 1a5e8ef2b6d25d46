package dev.ltl.relevance.asr;

import dev.ltl.relevance.domain.TimedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * Word times inside a segment, spread over the segment in proportion to each word's character count.
 *
 * <p>An approximation: Whisper's real word-level timestamps align words to audio through the decoder's
 * cross-attention weights and dynamic time warping, which a plain logits-only ONNX decoder does not
 * expose. Proportional spreading puts a word in the right second when speech is roughly uniform over the
 * segment (segments are typically a few seconds long).
 */
final class ProportionalWordTimes {
    private ProportionalWordTimes() {
    }

    /** The whitespace-separated words of {@code text}, with times in [startS, endS]. */
    static List<TimedWord> spread(String text, double startS, double endS) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        String[] words = trimmed.split("\\s+");
        int totalChars = 0;
        for (String word : words) {
            totalChars += word.length();
        }
        double duration = endS - startS;
        List<TimedWord> out = new ArrayList<>(words.length);
        int charsBefore = 0;
        for (String word : words) {
            double from = startS + duration * charsBefore / totalChars;
            charsBefore += word.length();
            double to = startS + duration * charsBefore / totalChars;
            out.add(new TimedWord(word, from, to));
        }
        return out;
    }
}

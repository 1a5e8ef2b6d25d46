package dev.ltl.relevance.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a word-level transcript on the per-second grid the way the reference does (ltl-qa-epic.md §2):
 * word → second {@code int((start + end) / 2)}, words of seconds outside [0, T) dropped, tokens
 * {@code [A-Za-z0-9]+} lower-cased.
 */
public final class Transcripts {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]+");

    private Transcripts() {
    }

    /** The reference's tokenizer: ASCII alphanumeric runs, lower-cased (so "Dog's" → dog, s). */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group().toLowerCase(Locale.ROOT));
        }
        return tokens;
    }

    /** Per second t, the tokens of the words whose midpoint falls in t (in transcript order). */
    public static List<List<String>> tokensPerSecond(List<TimedWord> words, int numSeconds) {
        List<List<String>> seconds = emptySeconds(numSeconds);
        for (TimedWord word : words) {
            int t = word.second();
            if (t >= 0 && t < numSeconds) {
                seconds.get(t).addAll(tokens(word.text()));
            }
        }
        return seconds;
    }

    /**
     * Per second t, the words of t joined with single spaces (trimmed), "" for a second without words.
     * This is the sentence the {@code text} provider embeds.
     */
    public static List<String> textPerSecond(List<TimedWord> words, int numSeconds) {
        List<List<String>> seconds = emptySeconds(numSeconds);
        for (TimedWord word : words) {
            int t = word.second();
            String text = word.text().strip();
            if (t >= 0 && t < numSeconds && !text.isEmpty()) {
                seconds.get(t).add(text);
            }
        }
        return seconds.stream().map(w -> String.join(" ", w)).toList();
    }

    private static List<List<String>> emptySeconds(int numSeconds) {
        List<List<String>> seconds = new ArrayList<>(numSeconds);
        for (int t = 0; t < numSeconds; t++) {
            seconds.add(new ArrayList<>());
        }
        return seconds;
    }
}

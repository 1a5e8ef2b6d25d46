package dev.ltl.relevance.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltl.relevance.domain.RelevanceInputException;
import dev.ltl.relevance.domain.TimedWord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a word-level transcript from JSON in either of two layouts:
 * <ul>
 *   <li>flat: {@code {"words": [{"word"|"text": "...", "start"|"start_s": s, "end"|"end_s": e}, ...]}}</li>
 *   <li>Whisper ({@code word_timestamps=True}): {@code {"segments": [{"words": [{"word": "...",
 *       "start": s, "end": e}, ...]}, ...]}}</li>
 * </ul>
 * A top-level {@code words} wins when both are present. Words are returned in file order.
 */
public final class WordTimestampJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WordTimestampJson() {
    }

    public static List<TimedWord> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * @param source named in errors (a path or "request")
     * @throws RelevanceInputException (field {@code transcript}) when the JSON has neither layout or a word is malformed
     */
    public static List<TimedWord> read(InputStream in, String source) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !root.isObject()) {
            throw malformed(source, "expected a JSON object with \"words\" or \"segments\"");
        }
        List<TimedWord> words = new ArrayList<>();
        if (root.has("words")) {
            addWords(root.get("words"), source, "words", words);
        } else if (root.has("segments")) {
            JsonNode segments = root.get("segments");
            if (!segments.isArray()) {
                throw malformed(source, "\"segments\" must be an array");
            }
            for (int s = 0; s < segments.size(); s++) {
                JsonNode segmentWords = segments.get(s).get("words");
                if (segmentWords != null) {
                    addWords(segmentWords, source, "segments[" + s + "].words", words);
                }
            }
        } else {
            throw malformed(source, "expected \"words\" or \"segments\" at the top level");
        }
        return words;
    }

    private static void addWords(JsonNode array, String source, String path, List<TimedWord> out) {
        if (!array.isArray()) {
            throw malformed(source, "\"" + path + "\" must be an array");
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode w = array.get(i);
            JsonNode text = w.has("word") ? w.get("word") : w.get("text");
            // "start_s"/"end_s" are the names of the planner proto's TranscriptWord (and of `ltl simulate qa`).
            JsonNode start = w.has("start") ? w.get("start") : w.get("start_s");
            JsonNode end = w.has("end") ? w.get("end") : w.get("end_s");
            if (text == null || !text.isTextual() || start == null || !start.isNumber() || end == null || !end.isNumber()) {
                throw malformed(source, path + "[" + i + "] needs \"word\" (or \"text\"), numeric \"start\" and \"end\" (or \"start_s\" and \"end_s\")");
            }
            out.add(new TimedWord(text.asText(), start.asDouble(), end.asDouble()));
        }
    }

    private static RelevanceInputException malformed(String source, String why) {
        return new RelevanceInputException("transcript", "word-timestamp JSON " + source + ": " + why);
    }
}

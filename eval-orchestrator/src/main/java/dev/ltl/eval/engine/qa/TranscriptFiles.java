package dev.ltl.eval.engine.qa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltl.proto.planner.v1.Transcript;
import dev.ltl.proto.planner.v1.TranscriptWord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Word-timestamp transcripts {@code <dir>/<video_id>.words.json} for the ql2l_asr_bm25 / ql2l_text
 * selectors, read into the planner's {@link Transcript}. Two layouts are accepted: {@code {"words":
 * [{"word"|"text", "start"|"start_s", "end"|"end_s"}]}} (the simulated benchmark writes the
 * {@code _s} spellings) and Whisper's {@code {"segments": [{"words": [...]}]}}.
 * A video without a file gets none, and planner-svc then uses its own ASR or fails that row.
 */
public final class TranscriptFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    /** Read once per video: every question and every ql2l_* method of a video asks for the same file. */
    private final Map<String, Optional<Transcript>> byVideo = new ConcurrentHashMap<>();

    public TranscriptFiles(Path dir) {
        this.dir = dir;
    }

    public Optional<Transcript> find(String videoId) {
        if (dir == null) {
            return Optional.empty();
        }
        return byVideo.computeIfAbsent(videoId, this::read);
    }

    private Optional<Transcript> read(String videoId) {
        Path file = dir.resolve(videoId + ".words.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(JSON.readTree(file.toFile())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read transcript " + file, e);
        }
    }

    static Transcript parse(JsonNode root) {
        Transcript.Builder transcript = Transcript.newBuilder();
        if (root.has("words")) {
            addWords(root.get("words"), transcript);
        }
        if (root.has("segments")) {
            for (JsonNode segment : root.get("segments")) {
                if (segment.has("words")) {
                    addWords(segment.get("words"), transcript);
                }
            }
        }
        return transcript.build();
    }

    private static void addWords(JsonNode words, Transcript.Builder transcript) {
        for (JsonNode word : words) {
            JsonNode text = word.has("word") ? word.get("word") : word.get("text");
            JsonNode start = word.has("start") ? word.get("start") : word.get("start_s");
            JsonNode end = word.has("end") ? word.get("end") : word.get("end_s");
            if (text == null || start == null || end == null) {
                throw new IllegalArgumentException("a transcript word needs word|text, start|start_s and end|end_s: "
                        + word);
            }
            transcript.addWords(TranscriptWord.newBuilder().setText(text.asText())
                    .setStartS(start.asDouble()).setEndS(end.asDouble()));
        }
    }
}

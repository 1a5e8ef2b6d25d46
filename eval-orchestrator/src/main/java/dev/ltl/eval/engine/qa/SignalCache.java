package dev.ltl.eval.engine.qa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The per-video signals of a QA evaluation in {@code signals.jsonl}, one line per video
 * ({@code {"video_id", "num_seconds", "audio": [..], "visual": [..]}}), appended and flushed as
 * each video is scored, so a resumed run scores only the videos it has not seen. A line cut short
 * by a crash is dropped on open (the file is rewritten without it). Thread-safe.
 */
public final class SignalCache implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, VideoSignals> byVideo = new HashMap<>();
    private final BufferedWriter writer;

    private SignalCache(Map<String, VideoSignals> loaded, BufferedWriter writer) {
        byVideo.putAll(loaded);
        this.writer = writer;
    }

    /** Opens (or creates) the cache file, keeping every complete line already in it. */
    public static SignalCache open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Map<String, VideoSignals> loaded = new HashMap<>();
            if (Files.exists(file)) {
                List<String> complete = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    Optional<VideoSignals> signals = parse(line);
                    if (signals.isPresent()) {
                        loaded.put(signals.get().videoId(), signals.get());
                        complete.add(line);
                    }
                }
                // Rewrite without the unreadable tail, so the next append starts on a fresh line.
                Files.write(file, complete, StandardCharsets.UTF_8);
            }
            BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return new SignalCache(loaded, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    public synchronized Optional<VideoSignals> get(String videoId) {
        return Optional.ofNullable(byVideo.get(videoId));
    }

    /** Records (and persists) a video's signals. */
    public synchronized void put(VideoSignals signals) {
        ObjectNode line = JSON.createObjectNode();
        line.put("video_id", signals.videoId());
        line.put("num_seconds", signals.numSeconds());
        var audio = line.putArray("audio");
        for (double value : signals.audio()) {
            audio.add(value);
        }
        var visual = line.putArray("visual");
        for (double value : signals.visual()) {
            visual.add(value);
        }
        try {
            writer.write(JSON.writeValueAsString(line));
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to signals.jsonl", e);
        }
        byVideo.put(signals.videoId(), signals);
    }

    private static Optional<VideoSignals> parse(String line) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(line);
            return Optional.of(new VideoSignals(node.get("video_id").asText(), node.get("num_seconds").asInt(),
                    doubles(node.get("audio")), doubles(node.get("visual"))));
        } catch (IOException | RuntimeException truncated) {
            return Optional.empty();
        }
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A video's raw per-second signals: audio {@code energy_stride_max} and cheap-visual
     * {@code frame_diff}, T values each.
     */
    public record VideoSignals(String videoId, int numSeconds, double[] audio, double[] visual) {
    }
}

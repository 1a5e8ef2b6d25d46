package dev.ltl.eval.qa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An append-only, crash-safe, resumable JSONL stream of rows keyed by a string (spec §5: "a crash
 * must not lose finished rows"; every evaluation resumable).
 *
 * <ul>
 *   <li>A new file starts with the header line {@code {"_config": runConfig}}.</li>
 *   <li>On reopen the header must equal {@code runConfig} (compared as JSON values, so 16 and 16L
 *       are equal) or {@link ConfigMismatchException} names the differing keys.</li>
 *   <li>Bytes after the last '\n' (a line cut off by a crash) are truncated away on reopen, so
 *       the next row starts on a clean line; a file without a complete header starts afresh.</li>
 *   <li>Each {@link #append} writes the whole line with its '\n' in one write, then fsyncs
 *       ({@code force(false)}). Per-row fsync was chosen over per-N: one row costs a VLM call
 *       (tens of ms to seconds), an fsync a few ms, and per-row is the only choice that keeps
 *       every finished row after a power loss, not just after a process crash.</li>
 *   <li>Thread-safe: appends are serialised; a duplicate key is refused. The file is locked
 *       while open, so a second writer (another thread or process) is refused.</li>
 * </ul>
 *
 * @param <T> row type (a record serialised with the artifacts' snake_case keys)
 */
public class ResumableJsonlWriter<T> implements Closeable {
    private final Path file;
    private final Function<T, String> keyOf;
    private final FileChannel channel;
    private final Set<String> keys;
    private boolean closed;

    /** Opens or resumes {@code file}; subclasses fix the row type and key. */
    protected ResumableJsonlWriter(Path file, Map<String, Object> runConfig, Class<T> rowType,
                                   Function<T, String> keyOf) {
        this.file = file;
        this.keyOf = keyOf;
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            byte[] existing = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
            List<String> lines = JsonlLines.completeLines(existing);
            this.keys = new LinkedHashSet<>();
            if (!lines.isEmpty()) {
                // Validate before opening for writing, so a mismatch leaves the file untouched.
                verifyHeader(file, lines.get(0), runConfig);
                for (T row : parseRows(file, lines, rowType, keyOf)) {
                    keys.add(keyOf.apply(row));
                }
            }
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lockExclusively(file, channel);
            if (lines.isEmpty()) {
                channel.truncate(0);
                writeLine(headerLine(runConfig));
            } else {
                // Drop a crash-cut last line so the next append starts on a fresh line.
                channel.truncate(JsonlLines.completePrefixLength(existing));
                channel.position(channel.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    /** Appends one row and makes it durable; refuses a key already in the file. */
    public synchronized void append(T row) {
        if (closed) {
            throw new IllegalStateException("writer of " + file + " is closed");
        }
        String key = keyOf.apply(row);
        if (keys.contains(key)) {
            throw new IllegalArgumentException("duplicate row " + key + " in " + file);
        }
        try {
            writeLine(JsonlLines.MAPPER.writeValueAsString(row));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
        keys.add(key);
    }

    /** Keys of the rows in the file (resumed and appended), in file order. */
    public synchronized Set<String> doneKeys() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(keys));
    }

    /** The file this writer appends to. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }

    /**
     * The rows of a stream written by this class: header skipped, a crash-cut last line ignored
     * (the file is not modified). A duplicate key means the file was edited by hand and is refused.
     */
    protected static <T> List<T> readRows(Path file, Class<T> rowType, Function<T, String> keyOf) {
        List<String> lines = readCompleteLines(file);
        if (lines.isEmpty()) {
            return List.of();
        }
        requireHeader(file, lines.get(0));
        return parseRows(file, lines, rowType, keyOf);
    }

    /** The run config stored in a stream's header line. */
    public static Map<String, Object> readConfig(Path file) {
        List<String> lines = readCompleteLines(file);
        if (lines.isEmpty()) {
            throw new IllegalStateException(file + " has no header line");
        }
        JsonNode config = requireHeader(file, lines.get(0));
        return JsonlLines.MAPPER.convertValue(config, new TypeReference<LinkedHashMap<String, Object>>() {
        });
    }

    /** Two writers appending to one stream would interleave and duplicate rows: refuse the second. */
    private static void lockExclusively(Path file, FileChannel channel) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException(file + " is already open for writing by another writer");
        }
    }

    private void writeLine(String json) throws IOException {
        if (json.indexOf('\n') >= 0) {
            throw new IllegalStateException("a JSONL row must be one line");
        }
        ByteBuffer bytes = ByteBuffer.wrap((json + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }

    private static String headerLine(Map<String, Object> runConfig) throws JsonProcessingException {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put(JsonlLines.CONFIG_KEY, runConfig);
        return JsonlLines.MAPPER.writeValueAsString(header);
    }

    private static void verifyHeader(Path file, String headerLine, Map<String, Object> runConfig)
            throws JsonProcessingException {
        JsonNode stored = requireHeader(file, headerLine);
        // Round-trip the expected config through JSON so both sides use the parser's node types.
        JsonNode expected = JsonlLines.MAPPER.readTree(JsonlLines.MAPPER.writeValueAsString(runConfig));
        Set<String> names = new TreeSet<>();
        stored.fieldNames().forEachRemaining(names::add);
        expected.fieldNames().forEachRemaining(names::add);
        List<String> differing = new ArrayList<>();
        for (String name : names) {
            JsonNode a = stored.get(name);
            JsonNode b = expected.get(name);
            if (a == null || !a.equals(b)) {
                differing.add(name);
            }
        }
        if (!differing.isEmpty()) {
            throw new ConfigMismatchException(file, differing);
        }
    }

    private static JsonNode requireHeader(Path file, String line) {
        try {
            JsonNode node = JsonlLines.MAPPER.readTree(line);
            JsonNode config = node == null ? null : node.get(JsonlLines.CONFIG_KEY);
            if (!(node instanceof ObjectNode) || node.size() != 1 || config == null || !config.isObject()) {
                throw new IllegalStateException(file + ": first line is not a {\"_config\": {...}} header");
            }
            return config;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(file + ": unreadable header line", e);
        }
    }

    private static <T> List<T> parseRows(Path file, List<String> lines, Class<T> rowType,
                                         Function<T, String> keyOf) {
        List<T> rows = new ArrayList<>(lines.size() - 1);
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            T row;
            try {
                row = JsonlLines.MAPPER.readValue(lines.get(i), rowType);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(file + ": line " + (i + 1) + " is not a valid row", e);
            }
            if (!seen.add(keyOf.apply(row))) {
                throw new IllegalStateException(file + ": duplicate row " + keyOf.apply(row) + " on line " + (i + 1));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> readCompleteLines(Path file) {
        try {
            return JsonlLines.completeLines(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

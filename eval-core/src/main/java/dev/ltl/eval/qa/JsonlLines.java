package dev.ltl.eval.qa;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ltl.eval.artifacts.ArtifactJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The line format shared by the resumable streams: one compact JSON object per line with the
 * artifacts' snake_case keys, lines ended by '\n'. Bytes after the last '\n' are a line cut off
 * by a crash and never count as a row.
 */
final class JsonlLines {
    /** The header key of the first line: {@code {"_config": {...}}}. */
    static final String CONFIG_KEY = "_config";

    /** ArtifactJson's mapper (snake_case, NaN as in Python) without indentation. */
    static final ObjectMapper MAPPER = ArtifactJson.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);

    private JsonlLines() {
    }

    /** Length of the complete-lines prefix: up to and including the last '\n' (0 if none). */
    static int completePrefixLength(byte[] content) {
        for (int i = content.length - 1; i >= 0; i--) {
            if (content[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    /** The complete, non-blank lines of the prefix. */
    static List<String> completeLines(byte[] content) {
        String text = new String(content, 0, completePrefixLength(content), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }
}

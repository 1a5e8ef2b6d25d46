package dev.ltl.eval.data.qa;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the records of a JSON annotation file with the place each came from, whatever the layout: a top-level
 * array, JSON Lines (one object per line), or an object wrapping the array in a field such as {@code questions}.
 */
final class JsonRecords {

    /** One record and its place, "file:line" (or "file: field[i]" inside a wrapper object). */
    record Located(String where, JsonNode node) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonRecords() {
    }

    /**
     * The records of {@code file}. A root object holding an array under one of {@code wrapperFields} yields that
     * array's elements; any other root object is itself a record (JSON Lines).
     */
    static List<Located> read(Path file, List<String> wrapperFields) throws IOException {
        String name = file.getFileName().toString();
        List<Located> out = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                int line = parser.currentTokenLocation().getLineNr();
                if (token == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        int elementLine = parser.currentTokenLocation().getLineNr();
                        out.add(new Located(name + ":" + elementLine, JSON.readTree(parser)));
                    }
                } else if (token == JsonToken.START_OBJECT) {
                    JsonNode node = JSON.readTree(parser);
                    String wrapper = wrapperField(node, wrapperFields);
                    if (wrapper == null) {
                        out.add(new Located(name + ":" + line, node));
                    } else {
                        JsonNode array = node.get(wrapper);
                        for (int i = 0; i < array.size(); i++) {
                            out.add(new Located(name + ": " + wrapper + "[" + i + "]", array.get(i)));
                        }
                    }
                } else {
                    throw new QaDataException(name + ":" + line + ": expected a JSON object or array, got " + token);
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new QaDataException(name + ":" + (at == null ? "?" : at.getLineNr()) + ": malformed JSON: "
                    + e.getOriginalMessage(), e);
        }
        return out;
    }

    /** The text of {@code field}, or null when absent or JSON null; numbers are given as their text. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Requires the record to be an object. */
    static void requireObject(Located record) {
        if (!record.node().isObject()) {
            throw new QaDataException(record.where() + ": expected a JSON object, got " + record.node().getNodeType());
        }
    }

    private static String wrapperField(JsonNode node, List<String> wrapperFields) {
        for (String field : wrapperFields) {
            if (node.path(field).isArray()) {
                return field;
            }
        }
        return null;
    }
}

package dev.ltl.cli.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one Jackson configuration the CLI reads and writes JSON Lines with.
 *
 * <p>Parsing is strict on purpose: trailing text after the object ({@code {"id":1} junk}) and
 * duplicate keys are errors, because silently taking the first object or the last key would send a
 * request the user did not write.
 */
public final class JsonLines {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private JsonLines() {
    }

    /** The shared mapper, for building output nodes. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses one input line, which must hold exactly one JSON object. */
    public static ObjectNode readObject(String line) throws InvalidLineException {
        String text = !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidLineException("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidLineException("expected a JSON object");
        }
        return (ObjectNode) node;
    }

    /** Reads a whole JSON document that must be an object (e.g. a {@code --config} file). */
    public static ObjectNode readObjectDocument(String text) throws InvalidLineException {
        return readObject(text.strip());
    }

    /** Serialises a node on one line (no pretty printing: one output object per line). */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // Tree nodes built in memory always serialise; reaching this is a programming error.
            throw new IllegalStateException("cannot serialise output line", e);
        }
    }
}

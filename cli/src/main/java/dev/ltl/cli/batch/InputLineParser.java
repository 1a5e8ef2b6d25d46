package dev.ltl.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltl.cli.json.InvalidLineException;
import dev.ltl.cli.json.JsonLines;

/**
 * Parses one input line into a {@link BatchItem}: JSON syntax and the {@code "id"} field here, the
 * command-specific fields in the {@link BatchCodec}.
 *
 * <p>[AMBIG] The issue does not say what an id may be. It must be a non-empty string or a number;
 * it is echoed exactly as written (so {@code 7} stays a number in the output) and sent as
 * {@code request_id} in its textual form ({@code "7"}).
 */
final class InputLineParser<Req> {

    private final BatchCodec<Req, ?> codec;

    InputLineParser(BatchCodec<Req, ?> codec) {
        this.codec = codec;
    }

    BatchItem<Req> parse(long lineNumber, String text) {
        ObjectNode line;
        try {
            line = JsonLines.readObject(text);
        } catch (InvalidLineException e) {
            return BatchItem.rejected(lineNumber, null, describe(lineNumber, e));
        }
        JsonNode id = line.get("id");
        try {
            String requestId = requestId(id);
            return BatchItem.accepted(lineNumber, id, requestId, codec.toRequest(line, requestId));
        } catch (InvalidLineException e) {
            return BatchItem.rejected(lineNumber, id == null || id.isNull() ? null : id, describe(lineNumber, e));
        }
    }

    private static String requestId(JsonNode id) throws InvalidLineException {
        if (id == null || id.isNull()) {
            throw new InvalidLineException("missing required field \"id\"");
        }
        if (id.isNumber()) {
            return id.asText();
        }
        if (id.isTextual() && !id.asText().isEmpty()) {
            return id.asText();
        }
        throw new InvalidLineException("field \"id\" must be a non-empty string or a number");
    }

    private static String describe(long lineNumber, InvalidLineException e) {
        return "line " + lineNumber + ": " + e.getMessage();
    }
}

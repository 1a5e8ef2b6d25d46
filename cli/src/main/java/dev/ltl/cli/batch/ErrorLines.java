package dev.ltl.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltl.cli.grpc.StatusCodes;
import dev.ltl.cli.json.JsonLines;
import io.grpc.Status;

/**
 * Builds the error line every batch command writes for a failed input line:
 * {@code {"id":…,"error":{"code":"INVALID_ARGUMENT","message":…}}}.
 */
public final class ErrorLines {

    private ErrorLines() {
    }

    /**
     * @param id   the line's {@code "id"} value as written in the input, or {@code null} when the line
     *             has none (written as JSON {@code null})
     * @param code an {@link io.grpc.Status.Code} name
     */
    public static LineOutput error(JsonNode id, String code, String message) {
        ObjectNode line = JsonLines.mapper().createObjectNode();
        line.set("id", id == null ? NullNode.getInstance() : id);
        ObjectNode error = line.putObject("error");
        error.put("code", code);
        error.put("message", message);
        return new LineOutput(JsonLines.write(line), false);
    }

    /** A line rejected locally, before anything was sent. */
    public static LineOutput invalidArgument(JsonNode id, String message) {
        return error(id, Status.Code.INVALID_ARGUMENT.name(), message);
    }

    /** A per-item error the service returned inside the stream. */
    public static LineOutput fromRpcStatus(JsonNode id, com.google.rpc.Status status) {
        return error(id, StatusCodes.codeName(status.getCode()), status.getMessage());
    }

    /** A line left unanswered because the whole stream failed with this status. */
    public static LineOutput fromStreamFailure(JsonNode id, Status status) {
        return error(id, status.getCode().name(), StatusCodes.message(status));
    }

    /**
     * The output line of a stream answer that carries either a result or a {@code google.rpc.Status}:
     * the rendered result, the error line, or INTERNAL when the service sent neither.
     */
    public static <R> LineOutput resultOrError(JsonNode id, R result, com.google.rpc.Status error,
                                               java.util.function.Function<R, LineOutput> renderResult) {
        if (result != null) {
            return renderResult.apply(result);
        }
        if (error != null) {
            return fromRpcStatus(id, error);
        }
        return error(id, "INTERNAL", "service response carries neither a result nor an error");
    }
}

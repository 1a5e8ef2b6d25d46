package dev.ltl.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One non-blank input line after local parsing: either a request ready to send or the reason it
 * was rejected.
 *
 * @param lineNumber 1-based line number in the input
 * @param id         the line's {@code "id"} value, echoed in the output ({@code null} when absent or
 *                   the line is not JSON)
 * @param requestId  the id sent as {@code request_id} and used to match the response; null when
 *                   rejected
 * @param request    the request to send; null when rejected
 * @param rejection  why the line was not sent; null when accepted
 */
public record BatchItem<Req>(long lineNumber, JsonNode id, String requestId, Req request, String rejection) {

    public static <Req> BatchItem<Req> accepted(long lineNumber, JsonNode id, String requestId, Req request) {
        return new BatchItem<>(lineNumber, id, requestId, request, null);
    }

    public static <Req> BatchItem<Req> rejected(long lineNumber, JsonNode id, String rejection) {
        return new BatchItem<>(lineNumber, id, null, null, rejection);
    }

    public boolean isRejected() {
        return rejection != null;
    }
}

package dev.ltl.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltl.cli.json.InvalidLineException;

/**
 * What a batch command contributes to {@link OrderedBatchStreamer}: how one parsed input line
 * becomes a request, and how one stream response becomes an output line. Everything else
 * (JSON syntax, ids, ordering, windowing, failures) is shared.
 *
 * @param <Req>  the stream's request message
 * @param <Resp> the stream's response message (typically a result-or-error envelope)
 */
public interface BatchCodec<Req, Resp> {

    /**
     * Builds the request for one line.
     *
     * @param line      the line's JSON object (its {@code "id"} has already been validated)
     * @param requestId the id to put in the request's {@code request_id}
     * @throws InvalidLineException when a required field is missing or a field has the wrong type
     */
    Req toRequest(ObjectNode line, String requestId) throws InvalidLineException;

    /** The {@code request_id} the service echoed in a response (empty when it echoed none). */
    String responseRequestId(Resp response);

    /**
     * The output line for one response: the result, or the per-item error it carries.
     *
     * @param id the {@code "id"} of the input line the response answers, to echo verbatim
     */
    LineOutput render(JsonNode id, Resp response);
}

package dev.ltl.vlm.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltl.vlm.domain.answer.AnswerBackendException;
import dev.ltl.vlm.domain.answer.InvalidQueryException;

/**
 * Turns a non-2xx answer of the server into the answer domain's exceptions, carrying the server's own message.
 * <ul>
 *   <li>400, 413, 422: the server rejected this query (e.g. prompt longer than its context, too many images)
 *       → {@link InvalidQueryException} (INVALID_ARGUMENT for the client, who can change the query);</li>
 *   <li>408, 429 and 5xx: overloaded, restarting or failing → {@link AnswerBackendException} unavailable
 *       (retryable);</li>
 *   <li>any other 4xx (401/403 wrong key, 404 wrong served-model name or URL): a misconfigured backend the
 *       client cannot fix → {@link AnswerBackendException} not unavailable (INTERNAL).</li>
 * </ul>
 */
final class HttpStatusMapping {
    private HttpStatusMapping() {
    }

    static RuntimeException toException(ObjectMapper json, int status, String body, String backend) {
        String message = "backend " + backend + " answered HTTP " + status + ": " + serverMessage(json, body);
        if (status == 400 || status == 413 || status == 422) {
            // No request field is known to be at fault: the server judged the whole prompt.
            return new InvalidQueryException("", message);
        }
        boolean retryable = status == 408 || status == 429 || status >= 500;
        return new AnswerBackendException(message, null, retryable);
    }

    /** {@code error.message}, {@code message} or {@code detail} of a JSON error body, else the body itself. */
    static String serverMessage(ObjectMapper json, String body) {
        try {
            JsonNode root = json.readTree(body == null ? "" : body);
            if (root != null) {
                for (JsonNode candidate : new JsonNode[]{root.path("error").path("message"), root.path("error"),
                        root.path("message"), root.path("detail")}) {
                    if (candidate.isTextual() && !candidate.asText().isBlank()) {
                        return candidate.asText();
                    }
                }
            }
        } catch (java.io.IOException e) {
            // Not JSON: fall through to the raw text.
        }
        return ChatCompletion.excerpt(body);
    }
}

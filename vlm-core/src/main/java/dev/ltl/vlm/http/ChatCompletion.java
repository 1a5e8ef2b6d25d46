package dev.ltl.vlm.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltl.vlm.domain.answer.AnswerBackendException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The parts of an OpenAI chat-completions response an answer needs: the first choice's text, the
 * top log-probabilities of its first token, and the token usage.
 *
 * @param text             {@code choices[0].message.content} ("" when null)
 * @param firstTokenTop    {@code choices[0].logprobs.content[0].top_logprobs} (empty when not reported)
 * @param promptTokens     {@code usage.prompt_tokens}
 * @param completionTokens {@code usage.completion_tokens}
 * @param imageTokens      {@code usage.prompt_tokens_details.image_tokens} when the server reports it
 */
record ChatCompletion(String text, List<TokenLogprob> firstTokenTop, int promptTokens, int completionTokens,
                      OptionalLong imageTokens) {

    /** One candidate token and its log-probability. */
    record TokenLogprob(String token, double logprob) {
    }

    ChatCompletion {
        firstTokenTop = List.copyOf(firstTokenTop);
    }

    /**
     * Parses a 2xx response body.
     *
     * @throws AnswerBackendException (not unavailable) when the body is not JSON or lacks {@code choices[0]}
     */
    static ChatCompletion parse(ObjectMapper json, String body, String backend) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw malformed(backend, "response is not valid JSON (" + e.getOriginalMessage() + "): " + excerpt(body));
        }
        JsonNode choice = root == null ? null : root.path("choices").path(0);
        if (choice == null || !choice.isObject()) {
            throw malformed(backend, "response has no choices[0]: " + excerpt(body));
        }
        JsonNode content = choice.path("message").path("content");
        String text = content.isTextual() ? content.asText() : "";
        List<TokenLogprob> top = new ArrayList<>();
        for (JsonNode candidate : choice.path("logprobs").path("content").path(0).path("top_logprobs")) {
            JsonNode token = candidate.get("token");
            JsonNode logprob = candidate.get("logprob");
            if (token == null || !token.isTextual() || logprob == null || !logprob.isNumber()) {
                throw malformed(backend, "top_logprobs entry without token/logprob: " + candidate);
            }
            top.add(new TokenLogprob(token.asText(), logprob.asDouble()));
        }
        JsonNode usage = root.path("usage");
        JsonNode images = usage.path("prompt_tokens_details").path("image_tokens");
        return new ChatCompletion(text, top, usage.path("prompt_tokens").asInt(0), usage.path("completion_tokens").asInt(0),
                images.isIntegralNumber() ? OptionalLong.of(images.asLong()) : OptionalLong.empty());
    }

    private static AnswerBackendException malformed(String backend, String what) {
        return new AnswerBackendException("backend " + backend + " returned a malformed chat completion: " + what,
                null, false);
    }

    static String excerpt(String body) {
        String flat = body == null ? "" : body.strip();
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
    }
}

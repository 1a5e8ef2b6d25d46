package dev.ltl.vlm.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltl.vlm.domain.answer.AnswerStrategy;
import java.util.List;

/**
 * The JSON body of one {@code POST /v1/chat/completions}: a single user message whose content parts are the
 * images (as {@code data:} URLs, in the order the model sees them) followed by the QA text. The server applies
 * the model's chat template, so the answer token comes right after the assistant turn starts — the position
 * whose letter log-probabilities the one-pass strategy reads.
 */
final class ChatCompletionBody {
    /** Most candidates OpenAI-compatible servers return per position (OpenAI caps top_logprobs at 20). */
    static final int TOP_LOGPROBS = 20;

    private ChatCompletionBody() {
    }

    static ObjectNode build(ObjectMapper json, String servedModel, List<String> imageDataUrls, String text,
                            AnswerStrategy strategy, int maxNewTokens) {
        ObjectNode body = json.createObjectNode();
        body.put("model", servedModel);
        ArrayNode content = json.createArrayNode();
        for (String url : imageDataUrls) {
            ObjectNode part = content.addObject();
            part.put("type", "image_url");
            part.putObject("image_url").put("url", url);
        }
        ObjectNode textPart = content.addObject();
        textPart.put("type", "text");
        textPart.put("text", text);
        ObjectNode message = body.putArray("messages").addObject();
        message.put("role", "user");
        message.set("content", content);
        // Greedy in both strategies: the answer must not depend on sampling.
        body.put("temperature", 0);
        if (strategy == AnswerStrategy.LETTER_LIKELIHOOD) {
            body.put("max_tokens", 1);
            body.put("logprobs", true);
            body.put("top_logprobs", TOP_LOGPROBS);
        } else {
            body.put("max_tokens", maxNewTokens);
        }
        body.put("stream", false);
        return body;
    }
}

package dev.ltl.vlm.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltl.common.media.RgbImage;
import dev.ltl.vlm.domain.answer.AnswerBackendException;
import dev.ltl.vlm.domain.answer.AnswerEngine;
import dev.ltl.vlm.domain.answer.AnswerQuery;
import dev.ltl.vlm.domain.answer.AnswerResult;
import dev.ltl.vlm.domain.answer.AnswerStats;
import dev.ltl.vlm.domain.answer.AnswerStrategy;
import dev.ltl.vlm.domain.answer.ImageCost;
import dev.ltl.vlm.domain.answer.InvalidQueryException;
import dev.ltl.vlm.domain.answer.PromptFormat;
import dev.ltl.vlm.domain.answer.QuestionImage;
import dev.ltl.vlm.domain.qwen.LetterParser;
import dev.ltl.vlm.domain.qwen.QaPrompt;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link AnswerEngine} backed by an OpenAI-compatible chat-completions server (vLLM, SGLang, ...), for
 * users who already serve their VLM there. Runtime {@value #RUNTIME}.
 *
 * <p>Strategies: LETTER_LIKELIHOOD asks for one token with the top-20 log-probabilities and reads the option
 * letters from them (see {@link LetterLogprobs}); GENERATE asks for a greedy completion and reads the first
 * standalone letter. PER_OPTION_LIKELIHOOD would need the log-probability of a given continuation, which the
 * chat API cannot score, so it is rejected. RAW prompts are rejected too: the server always applies its
 * chat template.
 *
 * <p>Accounting: token counts come from the response's {@code usage}; vision tokens only when the server
 * reports {@code usage.prompt_tokens_details.image_tokens} (a total: per-image costs stay 0 = unknown). Only
 * the client-side round trip can be timed: it is reported as prefill for LETTER_LIKELIHOOD (one token: the
 * server essentially only prefills) and as decode for GENERATE; the vision encoder time is unknown (0).
 * Resized sizes are the sizes sent, before the server's own resize rule.
 */
public final class OpenAiCompatibleVlm implements AnswerEngine {
    public static final String RUNTIME = "openai-http";

    private final OpenAiBackendConfig config;
    /** The chat-completions endpoint, derived from the base URL once. */
    private final URI endpoint;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public OpenAiCompatibleVlm(OpenAiBackendConfig config) {
        this.config = config;
        this.endpoint = config.chatCompletionsUri();
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public OpenAiBackendConfig config() {
        return config;
    }

    @Override
    public String runtime() {
        return RUNTIME;
    }

    /** "name@served-model": the registered name and what the server runs under it. */
    @Override
    public String modelId() {
        return config.name() + "@" + config.servedModel();
    }

    @Override
    public AnswerResult answer(AnswerQuery query) {
        check(query);
        long start = System.nanoTime();
        List<String> urls = new ArrayList<>(query.images().size());
        List<ImageCost> costs = new ArrayList<>(query.images().size());
        for (int i = 0; i < query.images().size(); i++) {
            QuestionImage image = query.images().get(i);
            RgbImage sent = ImageEncoding.resize(image.image(), image.size());
            urls.add(ImageEncoding.dataUrl(sent, config.imageFormat()));
            costs.add(new ImageCost(i, image.size().resolution(), sent.width(), sent.height(), 0));
        }
        String text = QaPrompt.build(query.question(), query.options(), query.instruction());
        String body = ChatCompletionBody.build(json, config.servedModel(), urls, text, query.strategy(),
                query.maxNewTokens()).toString();
        long encoded = System.nanoTime();
        ChatCompletion completion = ChatCompletion.parse(json, post(body), config.name());
        long answered = System.nanoTime();
        long roundTripMicros = (answered - encoded) / 1_000;
        long preprocessMicros = (encoded - start) / 1_000;
        long visionTokens = completion.imageTokens().orElse(0);
        if (query.strategy() == AnswerStrategy.LETTER_LIKELIHOOD) {
            List<Double> scores = LetterLogprobs.scores(completion.firstTokenTop(), query.options().size(), config.name());
            AnswerStats stats = new AnswerStats(1, completion.promptTokens(), completion.completionTokens(), visionTokens,
                    preprocessMicros, 0, roundTripMicros, 0, 0);
            return new AnswerResult(scores, LetterLogprobs.argmax(scores), "", costs, stats, modelId(),
                    config.hostAndPort());
        }
        int generated = completion.completionTokens();
        // One pass prefills the prompt and yields the first token; each further token is one more pass.
        AnswerStats stats = new AnswerStats(Math.max(1, generated), completion.promptTokens(), generated, visionTokens,
                preprocessMicros, 0, 0, roundTripMicros, 0);
        int chosen = LetterParser.firstStandaloneLetter(completion.text(), query.options().size());
        return new AnswerResult(List.of(), chosen, completion.text(), costs, stats, modelId(), config.hostAndPort());
    }

    private void check(AnswerQuery query) {
        if (query.strategy() == AnswerStrategy.PER_OPTION_LIKELIHOOD) {
            throw new InvalidQueryException("strategy", "backend " + config.name() + " (" + RUNTIME
                    + ") cannot score given continuations over chat completions; use letter_likelihood or generate");
        }
        if (query.format() == PromptFormat.RAW) {
            throw new InvalidQueryException("prompt_format", "backend " + config.name() + " (" + RUNTIME
                    + ") always applies the server's chat template; raw prompts are not supported");
        }
        if (query.options().size() > AnswerQuery.MAX_OPTIONS) {
            throw new InvalidQueryException("options", "at most " + AnswerQuery.MAX_OPTIONS + " options (A-Z), got "
                    + query.options().size());
        }
        if (query.strategy() == AnswerStrategy.LETTER_LIKELIHOOD && query.options().size() < 2) {
            throw new InvalidQueryException("options", "letter_likelihood needs at least 2 options, got "
                    + query.options().size());
        }
        if (query.images().size() > config.maxImages()) {
            throw new InvalidQueryException("images", "backend " + config.name() + " takes at most "
                    + config.maxImages() + " images per question, got " + query.images().size());
        }
        if (query.strategy() == AnswerStrategy.GENERATE && query.maxNewTokens() < 1) {
            throw new InvalidQueryException("max_new_tokens", "max_new_tokens must be >= 1, got " + query.maxNewTokens());
        }
    }

    /** Sends the body; returns a 2xx response's body, otherwise throws the mapped exception. */
    private String post(String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (config.apiKey() != null) {
            request.header("Authorization", "Bearer " + config.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new AnswerBackendException("backend " + config.name() + " did not answer within "
                    + config.timeout() + " (" + endpoint + ")", e, true);
        } catch (ConnectException e) {
            throw new AnswerBackendException("backend " + config.name() + " is unreachable at "
                    + endpoint + ": " + e, e, true);
        } catch (IOException e) {
            throw new AnswerBackendException("backend " + config.name() + " connection failed ("
                    + endpoint + "): " + e, e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnswerBackendException("interrupted while waiting for backend " + config.name(), e, true);
        }
        if (response.statusCode() / 100 != 2) {
            throw HttpStatusMapping.toException(json, response.statusCode(), response.body(), config.name());
        }
        return response.body();
    }

    /** Nothing to release: the HTTP client's threads are daemon threads and idle connections time out. */
    @Override
    public void close() {
        // Intentionally empty (java.net.http.HttpClient has no close() on Java 17).
    }
}

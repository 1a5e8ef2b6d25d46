package dev.ltl.vlm.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltl.common.media.RgbImage;
import dev.ltl.vlm.domain.answer.AnswerBackendException;
import dev.ltl.vlm.domain.answer.AnswerQuery;
import dev.ltl.vlm.domain.answer.AnswerResult;
import dev.ltl.vlm.domain.answer.AnswerStrategy;
import dev.ltl.vlm.domain.answer.ImageCost;
import dev.ltl.vlm.domain.answer.ImageSize;
import dev.ltl.vlm.domain.answer.InvalidQueryException;
import dev.ltl.vlm.domain.answer.PromptFormat;
import dev.ltl.vlm.domain.answer.QuestionImage;
import dev.ltl.vlm.domain.qwen.QaPrompt;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAI-compatible backend against a local in-test HTTP server with canned OpenAI-format answers. */
class OpenAiCompatibleVlmTest {
    private static final List<String> OPTIONS = List.of("a dog barks", "a car passes", "a bell rings", "rain");

    private FakeChatServer server;
    private OpenAiCompatibleVlm vlm;

    @BeforeEach
    void start() throws Exception {
        server = new FakeChatServer();
        vlm = new OpenAiCompatibleVlm(config(server.baseUrl(), "secret-key", 4));
    }

    @AfterEach
    void stop() {
        vlm.close();
        server.close();
    }

    private static OpenAiBackendConfig config(URI baseUrl, String apiKey, int maxImages) {
        return new OpenAiBackendConfig("remote-qwen", baseUrl, "Qwen/Qwen2-VL-2B-Instruct", apiKey,
                Duration.ofSeconds(30), maxImages, OpenAiBackendConfig.ImageFormat.PNG);
    }

    private static RgbImage image(int width, int height) {
        byte[] rgb = new byte[width * height * 3];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) (i * 7 % 251);
        }
        return new RgbImage(width, height, rgb);
    }

    private static AnswerQuery query(AnswerStrategy strategy, List<QuestionImage> images) {
        return new AnswerQuery("What makes the sound?", OPTIONS, images, strategy, 16, PromptFormat.DEFAULT, null);
    }

    @Test
    void letterLikelihoodReadsTheLettersFromTheFirstTokenTopLogprobs() {
        server.answer(200, FakeChatServer.completion("B", List.of(
                new Object[]{" B", -0.2}, new Object[]{"A", -1.5}, new Object[]{"B", -0.9}, new Object[]{"C", -3.0},
                new Object[]{"Hello", -5.0}, new Object[]{"AB", -0.1}), 812, 1, 640L));
        List<QuestionImage> images = List.of(new QuestionImage(image(64, 48), ImageSize.square(32)),
                new QuestionImage(image(400, 200), ImageSize.pixelBudget(20_000)));

        AnswerResult result = vlm.answer(query(AnswerStrategy.LETTER_LIKELIHOOD, images));

        // " B" (-0.2) beats "B" (-0.9): the best spelling counts; "AB" is not a letter; D is absent → min − 1.
        assertThat(result.optionLogProbs()).containsExactly(-1.5, -0.2, -3.0, -6.0);
        assertThat(result.chosenIndex()).isEqualTo(1);
        assertThat(result.chosenLetter()).isEqualTo("B");
        assertThat(result.generatedText()).isEmpty();
        assertThat(result.modelId()).isEqualTo("remote-qwen@Qwen/Qwen2-VL-2B-Instruct");
        assertThat(result.device()).isEqualTo(server.baseUrl().getAuthority());
        assertThat(result.stats().forwardPasses()).isEqualTo(1);
        assertThat(result.stats().promptTokens()).isEqualTo(812);
        assertThat(result.stats().generatedTokens()).isEqualTo(1);
        assertThat(result.stats().visionTokens()).isEqualTo(640);
        assertThat(result.stats().decodeMicros()).isZero();
        // Sizes sent: square 32 and a 0.5 scale of 400×200 under the 20,000-pixel budget; per-image tokens unknown.
        assertThat(result.images()).containsExactly(new ImageCost(0, 32, 32, 32, 0), new ImageCost(1, 0, 200, 100, 0));

        FakeChatServer.Received request = server.last();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.authorization()).isEqualTo("Bearer secret-key");
        JsonNode body = request.body();
        assertThat(body.path("model").asText()).isEqualTo("Qwen/Qwen2-VL-2B-Instruct");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(1);
        assertThat(body.path("temperature").asDouble()).isZero();
        assertThat(body.path("logprobs").asBoolean()).isTrue();
        assertThat(body.path("top_logprobs").asInt()).isEqualTo(20);
        JsonNode messages = body.path("messages");
        assertThat(messages.size()).isEqualTo(1);
        assertThat(messages.path(0).path("role").asText()).isEqualTo("user");
        JsonNode content = messages.path(0).path("content");
        assertThat(content.size()).isEqualTo(3);
        assertThat(content.path(0).path("type").asText()).isEqualTo("image_url");
        assertThat(sentImageSize(content.path(0))).containsExactly(32, 32);
        assertThat(sentImageSize(content.path(1))).containsExactly(200, 100);
        assertThat(content.path(2).path("type").asText()).isEqualTo("text");
        assertThat(content.path(2).path("text").asText())
                .isEqualTo(QaPrompt.build("What makes the sound?", OPTIONS, null))
                .contains("Question: What makes the sound?", "A. a dog barks", "D. rain");
    }

    @Test
    void generateReadsTheFirstStandaloneLetterAndCountsPassesFromUsage() {
        server.answer(200, FakeChatServer.completion("The answer is C.", List.of(), 300, 5, null));

        AnswerResult result = vlm.answer(query(AnswerStrategy.GENERATE, List.of()));

        assertThat(result.chosenIndex()).isEqualTo(2);
        assertThat(result.generatedText()).isEqualTo("The answer is C.");
        assertThat(result.optionLogProbs()).isEmpty();
        assertThat(result.images()).isEmpty();
        assertThat(result.stats().forwardPasses()).isEqualTo(5);
        assertThat(result.stats().promptTokens()).isEqualTo(300);
        assertThat(result.stats().generatedTokens()).isEqualTo(5);
        assertThat(result.stats().visionTokens()).isZero();
        assertThat(result.stats().prefillMicros()).isZero();
        JsonNode body = server.last().body();
        assertThat(body.path("max_tokens").asInt()).isEqualTo(16);
        assertThat(body.has("logprobs")).isFalse();
        assertThat(body.path("messages").path(0).path("content").size()).isEqualTo(1);
    }

    @Test
    void generateWithoutAnyLetterIsInvalid() {
        server.answer(200, FakeChatServer.completion("I cannot tell.", List.of(), 300, 4, null));

        AnswerResult result = vlm.answer(query(AnswerStrategy.GENERATE, List.of()));

        assertThat(result.invalid()).isTrue();
        assertThat(result.chosenLetter()).isEmpty();
    }

    @Test
    void serverErrorIsUnavailableWithTheServerMessage() {
        server.answer(500, "{\"error\":{\"message\":\"CUDA out of memory\",\"type\":\"InternalServerError\"}}");

        assertThatThrownBy(() -> vlm.answer(query(AnswerStrategy.LETTER_LIKELIHOOD, List.of())))
                .isInstanceOfSatisfying(AnswerBackendException.class, e -> assertThat(e.unavailable()).isTrue())
                .hasMessageContaining("HTTP 500").hasMessageContaining("CUDA out of memory");
    }

    @Test
    void rejectedPromptIsAnInvalidQuery() {
        server.answer(400, "{\"object\":\"error\",\"message\":\"prompt is longer than the maximum context length\"}");

        assertThatThrownBy(() -> vlm.answer(query(AnswerStrategy.LETTER_LIKELIHOOD, List.of())))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("HTTP 400").hasMessageContaining("maximum context length");
    }

    @Test
    void wrongKeyIsABackendFailureThatRetryingCannotFix() {
        server.answer(401, "unauthorized");

        assertThatThrownBy(() -> vlm.answer(query(AnswerStrategy.LETTER_LIKELIHOOD, List.of())))
                .isInstanceOfSatisfying(AnswerBackendException.class, e -> assertThat(e.unavailable()).isFalse())
                .hasMessageContaining("HTTP 401: unauthorized");
    }

    @Test
    void malformedJsonIsAClearError() {
        server.answer(200, "{\"choices\": [ {\"message\": ");

        assertThatThrownBy(() -> vlm.answer(query(AnswerStrategy.LETTER_LIKELIHOOD, List.of())))
                .isInstanceOfSatisfying(AnswerBackendException.class, e -> assertThat(e.unavailable()).isFalse())
                .hasMessageContaining("malformed chat completion").hasMessageContaining("not valid JSON");
    }

    @Test
    void letterLikelihoodWithoutLogprobsIsAClearError() {
        server.answer(200, FakeChatServer.completion("A", List.of(), 10, 1, null));

        assertThatThrownBy(() -> vlm.answer(query(AnswerStrategy.LETTER_LIKELIHOOD, List.of())))
                .isInstanceOf(AnswerBackendException.class).hasMessageContaining("no top_logprobs");
    }

    @Test
    void unreachableServerIsUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (OpenAiCompatibleVlm unreachable = new OpenAiCompatibleVlm(
                config(URI.create("http://127.0.0.1:" + closedPort), null, 4))) {
            assertThatThrownBy(() -> unreachable.answer(query(AnswerStrategy.GENERATE, List.of())))
                    .isInstanceOfSatisfying(AnswerBackendException.class, e -> assertThat(e.unavailable()).isTrue())
                    .hasMessageContaining("remote-qwen");
        }
    }

    @Test
    void queriesTheChatApiCannotServeAreRejectedNamingTheField() {
        List<QuestionImage> fiveImages = java.util.Collections.nCopies(5, new QuestionImage(image(8, 8), ImageSize.square(8)));
        assertThatThrownBy(() -> vlm.answer(query(AnswerStrategy.PER_OPTION_LIKELIHOOD, List.of())))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.field()).isEqualTo("strategy"));
        assertThatThrownBy(() -> vlm.answer(new AnswerQuery("q?", OPTIONS, List.of(), AnswerStrategy.LETTER_LIKELIHOOD,
                1, PromptFormat.RAW, null)))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.field()).isEqualTo("prompt_format"));
        assertThatThrownBy(() -> vlm.answer(query(AnswerStrategy.LETTER_LIKELIHOOD, fiveImages)))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.field()).isEqualTo("images"));
        assertThatThrownBy(() -> vlm.answer(new AnswerQuery("q?", List.of("only"), List.of(),
                AnswerStrategy.LETTER_LIKELIHOOD, 1, PromptFormat.DEFAULT, null)))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.field()).isEqualTo("options"));
        assertThat(server.received()).isEmpty();
    }

    @Test
    void baseUrlWithV1IsNotDoubledAndNoKeyMeansNoAuthorization() {
        server.answer(200, FakeChatServer.completion("A", List.of(), 10, 1, null));
        try (OpenAiCompatibleVlm withV1 = new OpenAiCompatibleVlm(config(URI.create(server.baseUrl() + "/v1/"), null, 4))) {
            withV1.answer(query(AnswerStrategy.GENERATE, List.of()));
        }
        assertThat(server.last().path()).isEqualTo("/v1/chat/completions");
        assertThat(server.last().authorization()).isNull();
    }

    @Test
    void jpegImagesAreSentAsJpegDataUrls() {
        server.answer(200, FakeChatServer.completion("A", List.of(), 10, 1, null));
        OpenAiBackendConfig jpeg = new OpenAiBackendConfig("j", server.baseUrl(), "m", null, Duration.ofSeconds(30), 2,
                OpenAiBackendConfig.ImageFormat.JPEG);
        try (OpenAiCompatibleVlm engine = new OpenAiCompatibleVlm(jpeg)) {
            engine.answer(query(AnswerStrategy.GENERATE, List.of(new QuestionImage(image(40, 30), ImageSize.pixelBudget(1_000_000)))));
        }
        JsonNode part = server.last().body().path("messages").path(0).path("content").path(0);
        assertThat(part.path("image_url").path("url").asText()).startsWith("data:image/jpeg;base64,");
        // A pixel budget never upscales.
        assertThat(sentImageSize(part)).containsExactly(40, 30);
    }

    private static int[] sentImageSize(JsonNode imagePart) {
        String url = imagePart.path("image_url").path("url").asText();
        String base64 = url.substring(url.indexOf(',') + 1);
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
            return new int[]{decoded.getWidth(), decoded.getHeight()};
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void sentPngIsLossless() throws Exception {
        RgbImage original = image(5, 3);
        byte[] png = ImageEncoding.encode(original, OpenAiBackendConfig.ImageFormat.PNG);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 5; x++) {
                int rgb = decoded.getRGB(x, y);
                assertThat((rgb >> 16) & 0xFF).isEqualTo(original.at(x, y, 0));
                assertThat((rgb >> 8) & 0xFF).isEqualTo(original.at(x, y, 1));
                assertThat(rgb & 0xFF).isEqualTo(original.at(x, y, 2));
            }
        }
    }
}

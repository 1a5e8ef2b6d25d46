package dev.ltl.vlm.onnx.qwen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ltl.common.media.RgbImage;
import dev.ltl.vlm.domain.answer.AnswerQuery;
import dev.ltl.vlm.domain.answer.AnswerResult;
import dev.ltl.vlm.domain.answer.AnswerStrategy;
import dev.ltl.vlm.domain.answer.ImageCost;
import dev.ltl.vlm.domain.answer.ImageSize;
import dev.ltl.vlm.domain.answer.InvalidQueryException;
import dev.ltl.vlm.domain.answer.PromptFormat;
import dev.ltl.vlm.domain.answer.QuestionImage;
import dev.ltl.vlm.domain.qwen.LetterParser;
import dev.ltl.vlm.domain.qwen.QaPrompt;
import dev.ltl.vlm.domain.qwen.QwenChatPrompt;
import dev.ltl.vlm.onnx.HfTextTokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner end to end on the tiny generated model: strategies, accounting and validation. */
class QwenOnnxVlmTest {
    private static final String[] WORDS = {"red", "ball", "dog", "runs", "under", "the", "blue", "car", "sound",
            "of", "music", "loud", "quiet", "kitchen", "door", "opens", "person", "speaks", "water", "flows"};

    @TempDir
    static Path dir;
    private static QwenOnnxVlm vlm;
    private static HfTextTokenizer tokenizer;

    @BeforeAll
    static void load() {
        TinyQwenVlExporter.export(dir, 11);
        vlm = QwenOnnxVlm.load(dir, 1);
        tokenizer = HfTextTokenizer.load(dir.resolve("tokenizer.json"));
    }

    @AfterAll
    static void close() {
        vlm.close();
        tokenizer.close();
    }

    @Test
    void identifiesItself() {
        assertThat(vlm.runtime()).isEqualTo("onnx-qwen-vl");
        assertThat(vlm.modelId()).isEqualTo("tiny-qwen-vl@1");
        assertThat(vlm.device()).isEqualTo("cpu");
    }

    @Test
    void onePassLetterScoringPicksWhatPerOptionScoringPicksWithOnePassInsteadOfN() {
        Random random = new Random(5);
        Set<Integer> chosen = new HashSet<>();
        for (int q = 0; q < 40; q++) {
            PromptFormat format = q % 2 == 0 ? PromptFormat.CHAT_TEMPLATE : PromptFormat.RAW;
            List<String> options = randomOptions(random, 2 + random.nextInt(5));
            List<QuestionImage> images = randomImages(random, random.nextInt(3));
            String question = sentence(random, 4 + random.nextInt(8)) + "?";
            AnswerResult onePass = vlm.answer(query(question, options, images, AnswerStrategy.LETTER_LIKELIHOOD, format));
            AnswerResult perOption = vlm.answer(query(question, options, images, AnswerStrategy.PER_OPTION_LIKELIHOOD, format));

            assertThat(onePass.chosenIndex()).as("question %d", q).isEqualTo(perOption.chosenIndex());
            assertThat(onePass.optionLogProbs()).hasSize(options.size());
            for (int i = 0; i < options.size(); i++) {
                // Each letter is one token here, so both strategies read the same probability.
                assertThat(onePass.optionLogProbs().get(i)).isCloseTo(perOption.optionLogProbs().get(i), within(1e-4));
                assertThat(onePass.optionLogProbs().get(i)).isNegative();
            }
            assertThat(onePass.stats().forwardPasses()).isEqualTo(1);
            assertThat(perOption.stats().forwardPasses()).isEqualTo(options.size());
            assertThat(onePass.stats().promptTokens()).isEqualTo(perOption.stats().promptTokens());
            assertThat(onePass.stats().kvCacheBytes()).isEqualTo(2L * 2 * 2 * onePass.stats().promptTokens() * 16 * 4);
            chosen.add(onePass.chosenIndex());
        }
        assertThat(chosen).as("the comparison is not trivially one letter every time").hasSizeGreaterThan(1);
    }

    @Test
    void scoresAreTheLogSoftmaxOfTheLetterTokenAtTheLastPosition() {
        List<String> options = List.of("a cat", "a dog", "a bird");
        AnswerResult result = vlm.answer(query("What barks?", options, List.of(), AnswerStrategy.LETTER_LIKELIHOOD,
                PromptFormat.CHAT_TEMPLATE));
        double probabilityMass = result.optionLogProbs().stream().mapToDouble(Math::exp).sum();
        assertThat(probabilityMass).isBetween(0.0, 1.0);
        int best = result.optionLogProbs().indexOf(Collections.max(result.optionLogProbs()));
        assertThat(result.chosenIndex()).isEqualTo(best);
        assertThat(result.chosenLetter()).isEqualTo(String.valueOf((char) ('A' + best)));
    }

    @Test
    void generateIsGreedyDecodingOfTheFullSequenceAndParsesTheFirstStandaloneLetter() throws Exception {
        List<String> options = List.of("yes", "no", "maybe", "never");
        String question = "Is the door open";
        AnswerResult result = vlm.answer(new AnswerQuery(question, options, List.of(), AnswerStrategy.GENERATE, 12,
                PromptFormat.CHAT_TEMPLATE, null));

        int[] expected = greedyByRecompute(question, options, 12);
        assertThat(result.generatedText()).isEqualTo(tokenizer.decode(expected));
        assertThat(result.stats().generatedTokens()).isEqualTo(expected.length);
        assertThat(result.chosenIndex()).isEqualTo(LetterParser.firstStandaloneLetter(result.generatedText(), 4));
        assertThat(result.optionLogProbs()).isEmpty();
        // One prefill, then one pass per generated token except the last when the limit stopped it.
        int passes = result.stats().forwardPasses();
        assertThat(passes).isIn(expected.length, expected.length + 1);
        assertThat(result.stats().kvCacheBytes())
                .isEqualTo(2L * 2 * 2 * (result.stats().promptTokens() + passes - 1) * 16 * 4);

        AnswerResult again = vlm.answer(new AnswerQuery(question, options, List.of(), AnswerStrategy.GENERATE, 12,
                PromptFormat.CHAT_TEMPLATE, null));
        assertThat(again.generatedText()).isEqualTo(result.generatedText());
        assertThat(again.chosenIndex()).isEqualTo(result.chosenIndex());
    }

    @Test
    void generateFindsValidAndInvalidAnswersAmongQuestions() {
        Random random = new Random(9);
        boolean valid = false;
        boolean invalid = false;
        for (int q = 0; q < 30 && !(valid && invalid); q++) {
            List<String> options = randomOptions(random, 4);
            AnswerResult result = vlm.answer(new AnswerQuery(sentence(random, 6) + "?", options, randomImages(random, 1),
                    AnswerStrategy.GENERATE, 32, PromptFormat.RAW, null));
            assertThat(result.stats().generatedTokens()).isBetween(0, 32);
            assertThat(result.chosenIndex()).isEqualTo(LetterParser.firstStandaloneLetter(result.generatedText(), 4));
            valid |= !result.invalid();
            invalid |= result.invalid();
        }
        assertThat(valid).as("some answer has a letter").isTrue();
        assertThat(invalid).as("some answer has none").isTrue();
    }

    @Test
    void countsPromptAndVisionTokensOfSquareAndPixelBudgetImages() {
        Random random = new Random(2);
        List<QuestionImage> images = List.of(
                new QuestionImage(randomImage(random, 80, 60), ImageSize.square(50)),
                new QuestionImage(randomImage(random, 300, 200), ImageSize.square(100)),
                new QuestionImage(randomImage(random, 224, 224), ImageSize.square(224)),
                new QuestionImage(randomImage(random, 700, 650), ImageSize.square(600)),
                new QuestionImage(randomImage(random, 320, 240), ImageSize.pixelBudget(20_000)));
        List<String> options = List.of("left", "right");
        AnswerResult result = vlm.answer(query("Where is the car?", options, images, AnswerStrategy.LETTER_LIKELIHOOD,
                PromptFormat.CHAT_TEMPLATE));

        // Expected sizes from the published Qwen2-VL smart_resize (factor 28, 56²..448² pixels), computed in Python.
        assertThat(result.images()).containsExactly(
                new ImageCost(0, 50, 56, 56, 4),
                new ImageCost(1, 100, 112, 112, 16),
                new ImageCost(2, 224, 224, 224, 64),
                new ImageCost(3, 600, 420, 420, 225),
                new ImageCost(4, 0, 168, 112, 24));
        assertThat(result.stats().visionTokens()).isEqualTo(4 + 16 + 64 + 225 + 24);
        String prompt = QwenChatPrompt.build(5, QaPrompt.build("Where is the car?", options), PromptFormat.CHAT_TEMPLATE);
        int unexpanded = tokenizer.encode(prompt).length;
        assertThat(result.stats().promptTokens()).isEqualTo(unexpanded - 5 + 333);
        assertThat(result.stats().generatedTokens()).isZero();
        assertThat(result.stats().visionEncoderMicros()).isPositive();
    }

    @Test
    void theImagesPixelsReachTheScores() {
        Random random = new Random(4);
        List<String> options = List.of("day", "night", "dusk");
        QuestionImage first = new QuestionImage(randomImage(random, 112, 112), ImageSize.square(112));
        QuestionImage second = new QuestionImage(randomImage(random, 112, 112), ImageSize.square(112));
        AnswerResult withFirst = vlm.answer(query("When?", options, List.of(first), AnswerStrategy.LETTER_LIKELIHOOD, PromptFormat.RAW));
        AnswerResult again = vlm.answer(query("When?", options, List.of(first), AnswerStrategy.LETTER_LIKELIHOOD, PromptFormat.RAW));
        AnswerResult withSecond = vlm.answer(query("When?", options, List.of(second), AnswerStrategy.LETTER_LIKELIHOOD, PromptFormat.RAW));
        assertThat(again.optionLogProbs()).isEqualTo(withFirst.optionLogProbs());
        assertThat(withSecond.optionLogProbs()).isNotEqualTo(withFirst.optionLogProbs());
        assertThat(withSecond.stats().promptTokens()).isEqualTo(withFirst.stats().promptTokens());
    }

    @Test
    void concurrentRequestsGetTheAnswersOfSequentialOnes() throws Exception {
        Random random = new Random(6);
        List<AnswerQuery> queries = new ArrayList<>();
        for (int q = 0; q < 8; q++) {
            queries.add(new AnswerQuery(sentence(random, 5) + "?", randomOptions(random, 3), randomImages(random, 1),
                    q % 2 == 0 ? AnswerStrategy.LETTER_LIKELIHOOD : AnswerStrategy.GENERATE, 6, PromptFormat.CHAT_TEMPLATE, null));
        }
        List<AnswerResult> sequential = queries.stream().map(vlm::answer).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnswerResult>> futures = new ArrayList<>();
            for (AnswerQuery query : queries) {
                futures.add(pool.submit(() -> vlm.answer(query)));
            }
            for (int q = 0; q < queries.size(); q++) {
                AnswerResult concurrent = futures.get(q).get();
                assertThat(concurrent.optionLogProbs()).isEqualTo(sequential.get(q).optionLogProbs());
                assertThat(concurrent.generatedText()).isEqualTo(sequential.get(q).generatedText());
                assertThat(concurrent.chosenIndex()).isEqualTo(sequential.get(q).chosenIndex());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void answersTextOnlyQuestions() {
        List<String> options = List.of("one", "two", "three");
        AnswerResult result = vlm.answer(query("How many?", options, List.of(), AnswerStrategy.LETTER_LIKELIHOOD,
                PromptFormat.DEFAULT));
        assertThat(result.images()).isEmpty();
        assertThat(result.stats().visionTokens()).isZero();
        assertThat(result.stats().visionEncoderMicros()).isZero();
        String chat = QwenChatPrompt.build(0, QaPrompt.build("How many?", options), PromptFormat.CHAT_TEMPLATE);
        assertThat(result.stats().promptTokens()).as("DEFAULT is model.yaml's chat_template")
                .isEqualTo(tokenizer.encode(chat).length);
        assertThat(result.chosenIndex()).isBetween(0, 2);
        assertThat(result.modelId()).isEqualTo("tiny-qwen-vl@1");
        assertThat(result.device()).isEqualTo("cpu");
    }

    @Test
    void rejectsBadQueriesNamingTheField() {
        List<String> two = List.of("a", "b");
        assertField(query(" ", two, List.of(), AnswerStrategy.LETTER_LIKELIHOOD, PromptFormat.RAW), "question");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            many.add("option " + i);
        }
        assertField(query("Which?", many, List.of(), AnswerStrategy.GENERATE, PromptFormat.RAW), "options");
        assertField(query("Which?", List.of("only"), List.of(), AnswerStrategy.LETTER_LIKELIHOOD, PromptFormat.RAW), "options");
        assertField(query("Which?", List.of("only"), List.of(), AnswerStrategy.PER_OPTION_LIKELIHOOD, PromptFormat.RAW), "options");
        assertField(query("Which?", List.of("a", " "), List.of(), AnswerStrategy.LETTER_LIKELIHOOD, PromptFormat.RAW), "options[1]");
        List<QuestionImage> tooMany = randomImages(new Random(1), TinyQwenVlExporter.MAX_IMAGES + 1);
        assertField(query("Which?", two, tooMany, AnswerStrategy.LETTER_LIKELIHOOD, PromptFormat.RAW),
                "images[" + TinyQwenVlExporter.MAX_IMAGES + "]");
        assertField(new AnswerQuery("Which?", two, List.of(), AnswerStrategy.GENERATE, 0, PromptFormat.RAW, null), "max_new_tokens");
        String endless = "word ".repeat(TinyQwenVlExporter.MAX_SEQUENCE_LENGTH);
        assertField(query(endless, two, List.of(), AnswerStrategy.LETTER_LIKELIHOOD, PromptFormat.RAW), "question");
        List<QuestionImage> large = new ArrayList<>();
        for (int i = 0; i < TinyQwenVlExporter.MAX_IMAGES; i++) {
            large.add(new QuestionImage(randomImage(new Random(i), 32, 32), ImageSize.square(448)));
        }
        assertField(query("Which?", two, large, AnswerStrategy.LETTER_LIKELIHOOD, PromptFormat.RAW), "images");
        RgbImage needle = randomImage(new Random(3), 1000, 2);
        assertField(query("Which?", two, List.of(new QuestionImage(needle, ImageSize.pixelBudget(2000))),
                AnswerStrategy.LETTER_LIKELIHOOD, PromptFormat.RAW), "images[0]");
    }

    @Test
    void fallsBackToTheCpuWhenCudaIsAskedForButMissing(@TempDir Path cudaDir) throws Exception {
        TinyQwenVlExporter.export(cudaDir, 11);
        Path yaml = cudaDir.resolve("model.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("device: cpu", "device: cuda:0"));
        try (QwenOnnxVlm onCuda = QwenOnnxVlm.load(cudaDir, 1)) {
            assertThat(onCuda.config().device()).isEqualTo("cuda:0");
            // The default build carries the CPU-only ONNX Runtime; with -Pgpu on a GPU machine this is cuda:0.
            assertThat(onCuda.device()).isIn("cpu", "cuda:0");
            assertThat(onCuda.answer(query("Which?", List.of("a", "b"), List.of(), AnswerStrategy.LETTER_LIKELIHOOD,
                    PromptFormat.RAW)).chosenIndex()).isBetween(0, 1);
        }
    }

    @Test
    void refusesAModelDirectoryWithoutItsGraphs(@TempDir Path broken) throws Exception {
        TinyQwenVlExporter.export(broken, 11);
        Files.delete(broken.resolve("embed_tokens.onnx"));
        assertThatThrownBy(() -> QwenOnnxVlm.load(broken, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("embed_tokens.onnx");
    }

    /** Greedy decoding by running the whole sequence again for every token: no cache involved. */
    private static int[] greedyByRecompute(String question, List<String> options, int maxNewTokens) throws Exception {
        String text = QwenChatPrompt.build(0, QaPrompt.build(question, options), PromptFormat.CHAT_TEMPLATE);
        List<Integer> ids = new ArrayList<>();
        for (int id : tokenizer.encode(text)) {
            ids.add(id);
        }
        int promptLength = ids.size();
        Set<Integer> stops = Set.of(tokenizer.tokenId("<|im_end|>"), tokenizer.tokenId("<|endoftext|>"));
        QwenModelConfig config = QwenModelConfig.read(dir.resolve("model.yaml"));
        try (QwenGraphSessions graphs = new QwenGraphSessions(dir, config, 1);
             KvCache empty = KvCache.empty(graphs.environment(), config.decoder())) {
            while (ids.size() - promptLength < maxNewTokens) {
                int[] sequence = ids.stream().mapToInt(Integer::intValue).toArray();
                long[][] positions = new long[3][sequence.length];
                for (int a = 0; a < 3; a++) {
                    for (int i = 0; i < sequence.length; i++) {
                        positions[a][i] = i; // text only: (p, p, p)
                    }
                }
                DecoderPass pass = graphs.decode(graphs.embed(sequence), sequence.length, positions, empty, 1);
                pass.cache().close();
                int next = pass.argmax(0);
                if (stops.contains(next)) {
                    break;
                }
                ids.add(next);
            }
        }
        return ids.subList(promptLength, ids.size()).stream().mapToInt(Integer::intValue).toArray();
    }

    private static void assertField(AnswerQuery query, String field) {
        assertThatThrownBy(() -> vlm.answer(query)).isInstanceOfSatisfying(InvalidQueryException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    private static AnswerQuery query(String question, List<String> options, List<QuestionImage> images,
                                     AnswerStrategy strategy, PromptFormat format) {
        return new AnswerQuery(question, options, images, strategy, 32, format, null);
    }

    private static List<String> randomOptions(Random random, int count) {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            options.add(sentence(random, 1 + random.nextInt(3)));
        }
        return options;
    }

    private static List<QuestionImage> randomImages(Random random, int count) {
        List<QuestionImage> images = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RgbImage image = randomImage(random, 40 + random.nextInt(100), 40 + random.nextInt(100));
            ImageSize size = random.nextBoolean() ? ImageSize.square(56 + 28 * random.nextInt(3))
                    : ImageSize.pixelBudget(5_000 + random.nextInt(10_000));
            images.add(new QuestionImage(image, size));
        }
        return images;
    }

    private static RgbImage randomImage(Random random, int width, int height) {
        byte[] rgb = new byte[width * height * 3];
        random.nextBytes(rgb);
        return new RgbImage(width, height, rgb);
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}

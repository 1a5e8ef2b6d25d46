package dev.ltl.vlm.api;

import static dev.ltl.vlm.api.TestImages.inline;
import static dev.ltl.vlm.api.TestImages.png;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.proto.common.v1.ImageTokens;
import dev.ltl.proto.common.v1.ModelState;
import dev.ltl.proto.vlm.v1.AnswerImage;
import dev.ltl.proto.vlm.v1.AnswerRequest;
import dev.ltl.proto.vlm.v1.AnswerResponse;
import dev.ltl.proto.vlm.v1.AnswerStrategy;
import dev.ltl.proto.vlm.v1.AnswerStreamResponse;
import dev.ltl.proto.vlm.v1.ImageSource;
import dev.ltl.proto.vlm.v1.ListModelsRequest;
import dev.ltl.proto.vlm.v1.ModelInfo;
import dev.ltl.proto.vlm.v1.ModelTask;
import dev.ltl.proto.vlm.v1.OptionScore;
import dev.ltl.proto.vlm.v1.VlmServiceGrpc;
import dev.ltl.vlm.domain.qwen.LetterParser;
import dev.ltl.vlm.infra.AnswerModels;
import dev.ltl.vlm.infra.ImageSourceLoader;
import dev.ltl.vlm.infra.ModelRepositoryConfig;
import dev.ltl.vlm.infra.VlmConfig;
import dev.ltl.vlm.infra.VlmExecutors;
import dev.ltl.vlm.infra.VlmModels;
import dev.ltl.vlm.onnx.qwen.TinyQwenVlExporter;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answer and AnswerStream in-process: a tiny generated ONNX VLM, an OpenAI-compatible backend pointing at a
 * local HTTP server, a broken VLM and a backend whose key is missing — every outcome and every bad input.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswerGrpcServiceTest {
    private static final String TINY = "tiny-qwen-vl";
    private static final List<String> OPTIONS = List.of("a dog barks", "a car passes", "a bell rings", "rain falls");

    private FakeOpenAiServer openAi;
    private Server server;
    private ManagedChannel channel;
    private VlmExecutors executors;
    private VlmModels models;
    private AnswerModels answerModels;
    private VlmServiceGrpc.VlmServiceBlockingStub blocking;
    private VlmServiceGrpc.VlmServiceStub async;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        openAi = new FakeOpenAiServer();
        Path root = tmp.resolve("models");
        TinyQwenVlExporter.export(root.resolve(TINY).resolve("1"), 7);
        // A VLM whose graphs are missing: listed FAILED, requests get FAILED_PRECONDITION.
        Path broken = Files.createDirectories(root.resolve("broken-vlm/1"));
        Files.writeString(broken.resolve("model.yaml"), "name: broken-vlm\nversion: \"1\"\ntask: answer\nruntime: onnx-qwen-vl\n");
        TestVlmConfig.AnswerSettings answer = new TestVlmConfig.AnswerSettings(Optional.empty(), 2, 4, 6, 2);
        Map<String, VlmConfig.OpenAiBackend> backends = Map.of(
                "remote", new TestVlmConfig.Backend(openAi.baseUrl(), "Qwen/Qwen2-VL-2B-Instruct", Optional.of("REMOTE_KEY"),
                        Duration.ofSeconds(30), 8, "png"),
                "keyless", new TestVlmConfig.Backend(openAi.baseUrl(), "m", Optional.of("UNSET_KEY"),
                        Duration.ofSeconds(30), 8, "jpeg"));
        TestVlmConfig.Vlm config = new TestVlmConfig.Vlm(List.of(), 12, 1024, 2, 1, 2, Optional.empty(), Optional.empty())
                .withAnswer(answer, backends);
        ModelRepositoryConfig repository = new TestVlmConfig.Models(List.of(root.toString()), 1);
        executors = new VlmExecutors(config);
        models = new VlmModels(config, repository, executors);
        models.load();
        answerModels = new AnswerModels(config, repository, AnswerModels.onnxLoader(1),
                name -> name.equals("REMOTE_KEY") ? "secret" : null);
        answerModels.load();
        ImageSourceLoader loader = new ImageSourceLoader(TestVlmConfig.anyMedia());
        EmbedPipeline embed = new EmbedPipeline(new EmbedRequestValidator(models, config), loader);
        AnswerPipeline answers = new AnswerPipeline(new AnswerRequestValidator(answerModels, config), loader);
        VlmGrpcService service = new VlmGrpcService(embed, answers, models, answerModels, executors, config,
                new SimpleMeterRegistry());
        String name = InProcessServerBuilder.generateName();
        server = InProcessServerBuilder.forName(name).addService(service).build().start();
        channel = InProcessChannelBuilder.forName(name).build();
        blocking = VlmServiceGrpc.newBlockingStub(channel).withDeadlineAfter(120, TimeUnit.SECONDS);
        async = VlmServiceGrpc.newStub(channel);
    }

    @AfterAll
    void stop() throws Exception {
        channel.shutdownNow();
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        models.close();
        answerModels.close();
        executors.shutdown();
        openAi.close();
    }

    private static AnswerImage square(int seed, int resolution) {
        return AnswerImage.newBuilder().setSource(inline(png(seed))).setResolution(resolution).build();
    }

    private static AnswerRequest.Builder question(String id, String model, AnswerStrategy strategy) {
        return AnswerRequest.newBuilder().setRequestId(id).setModel(model).setQuestion("What makes the sound?")
                .addAllOptions(OPTIONS).setStrategy(strategy);
    }

    @Test
    void listModelsShowsEveryVlmWithTaskRuntimeAndState() {
        List<ModelInfo> vlms = blocking.listModels(ListModelsRequest.getDefaultInstance()).getModelsList();
        assertThat(vlms).allSatisfy(m -> assertThat(m.getTask()).isEqualTo(ModelTask.MODEL_TASK_ANSWER));
        assertThat(vlms).extracting(m -> m.getStatus().getName(), m -> m.getStatus().getVersion(), ModelInfo::getRuntime,
                        m -> m.getStatus().getState())
                .containsExactlyInAnyOrder(
                        tuple(TINY, "1", "onnx-qwen-vl", ModelState.MODEL_STATE_READY),
                        tuple("broken-vlm", "1", "onnx-qwen-vl", ModelState.MODEL_STATE_FAILED),
                        tuple("remote", "Qwen/Qwen2-VL-2B-Instruct", "openai-http", ModelState.MODEL_STATE_READY),
                        tuple("keyless", "m", "openai-http", ModelState.MODEL_STATE_NOT_READY));
        assertThat(vlms).filteredOn(m -> m.getStatus().getName().equals("keyless"))
                .singleElement().satisfies(m -> assertThat(m.getStatus().getMessage()).contains("UNSET_KEY"));
    }

    @Test
    void letterLikelihoodOnTheTinyVlmScoresEveryOptionInOnePassWithFullAccounting() {
        AnswerResponse response = blocking.answer(question("tiny-1", TINY, AnswerStrategy.ANSWER_STRATEGY_LETTER_LIKELIHOOD)
                .addImages(square(1, 56))
                .addImages(AnswerImage.newBuilder().setSource(inline(png(2))).setMaxPixels(120 * 90))
                .build());

        assertThat(response.getRequestId()).isEqualTo("tiny-1");
        assertThat(response.getModel()).isEqualTo(TINY + "@1");
        assertThat(response.getStrategy()).isEqualTo(AnswerStrategy.ANSWER_STRATEGY_LETTER_LIKELIHOOD);
        assertThat(response.getOptionScoresList()).extracting(OptionScore::getLetter).containsExactly("A", "B", "C", "D");
        assertThat(response.getOptionScoresList()).allSatisfy(s -> assertThat(s.getLogProb()).isNegative());
        List<Double> scores = response.getOptionScoresList().stream().map(OptionScore::getLogProb).toList();
        int best = scores.indexOf(Collections.max(scores));
        assertThat(response.getChosenIndex()).isEqualTo(best);
        assertThat(response.getChosenLetter()).isEqualTo(String.valueOf((char) ('A' + best)));
        assertThat(response.getInvalid()).isFalse();
        var stats = response.getStats();
        assertThat(stats.getForwardPasses()).isEqualTo(1);
        // 56×56 → 4 tokens; 320×240 under a 10,800-pixel budget → 120×90 → smart-resize 112×84 → 4×3 = 12 tokens.
        var tokens = response.getAccounting().getTokens();
        assertThat(tokens.getImagesList()).extracting(ImageTokens::getIndex, ImageTokens::getResolution,
                        ImageTokens::getWidth, ImageTokens::getHeight, ImageTokens::getTokens)
                .containsExactly(tuple(0, 56, 56, 56, 4L), tuple(1, 0, 112, 84, 12L));
        assertThat(stats.getVisionTokens()).isEqualTo(16).isEqualTo(tokens.getVisionTokens());
        assertThat(tokens.getTextPromptTokens()).isEqualTo(stats.getPromptTokens() - 16).isPositive();
        assertThat(tokens.getGeneratedTokens()).isZero();
        assertThat(stats.getKvCacheBytes()).isPositive();
        var accounting = response.getAccounting();
        assertThat(accounting.getService()).isEqualTo("vlm-svc");
        assertThat(accounting.getModel()).isEqualTo(TINY + "@1");
        assertThat(accounting.getDevice()).isEqualTo("cpu");
        var t = accounting.getTimings();
        assertThat(t.getInferenceUs()).isPositive();
        assertThat(t.getPreprocessUs()).isGreaterThanOrEqualTo(stats.getPreprocessUs());
        assertThat(t.getQueueUs() + t.getPreprocessUs() + t.getInferenceUs() + t.getPostprocessUs())
                .isBetween(t.getTotalUs() - 5, t.getTotalUs() + 5);
    }

    @Test
    void perOptionScoringPicksTheSameLetterWithOnePassPerOption() {
        AnswerRequest.Builder base = question("", TINY, AnswerStrategy.ANSWER_STRATEGY_LETTER_LIKELIHOOD)
                .addImages(square(3, 84));
        AnswerResponse onePass = blocking.answer(base.build());
        AnswerResponse perOption = blocking.answer(base.setStrategy(AnswerStrategy.ANSWER_STRATEGY_PER_OPTION_LIKELIHOOD).build());

        assertThat(perOption.getChosenIndex()).isEqualTo(onePass.getChosenIndex());
        assertThat(onePass.getStats().getForwardPasses()).isEqualTo(1);
        assertThat(perOption.getStats().getForwardPasses()).isEqualTo(OPTIONS.size());
        assertThat(perOption.getAccounting().getRequestId()).isNotBlank();
    }

    @Test
    void videoSecondsExpandToOneImageEachAndFilesAreRead() throws Exception {
        Path video = TestVlmConfig.sharedDir().resolve("data/ave-sample/0lFf-HP86Q0.mp4");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(video), "AVE sample clip missing");
        Path still = Files.createTempFile("answer-still", ".png");
        Files.write(still, png(6));
        try {
            AnswerResponse response = blocking.answer(question("video", TINY, AnswerStrategy.ANSWER_STRATEGY_LETTER_LIKELIHOOD)
                    .addImages(AnswerImage.newBuilder().setSource(ImageSource.newBuilder().setVideo(
                            dev.ltl.proto.vlm.v1.VideoFrames.newBuilder().setUri(video.toString()).addSeconds(0).addSeconds(3)))
                            .setResolution(56))
                    .addImages(AnswerImage.newBuilder().setSource(ImageSource.newBuilder().setImageUri(still.toUri().toString()))
                            .setResolution(84))
                    .build());

            assertThat(response.getAccounting().getTokens().getImagesList())
                    .extracting(ImageTokens::getIndex, ImageTokens::getResolution, ImageTokens::getTokens)
                    .containsExactly(tuple(0, 56, 4L), tuple(1, 56, 4L), tuple(2, 84, 9L));
            assertThat(response.getStats().getVisionTokens()).isEqualTo(17);
        } finally {
            Files.deleteIfExists(still);
        }
    }

    @Test
    void generateReturnsTheTextAndReadsItsFirstStandaloneLetter() {
        AnswerResponse response = blocking.answer(question("gen", TINY, AnswerStrategy.ANSWER_STRATEGY_GENERATE)
                .setMaxNewTokens(4).build());

        assertThat(response.getOptionScoresList()).isEmpty();
        assertThat(response.getStats().getGeneratedTokens()).isBetween(1, 4);
        assertThat(response.getAccounting().getTokens().getGeneratedTokens()).isEqualTo(response.getStats().getGeneratedTokens());
        int expected = LetterParser.firstStandaloneLetter(response.getGeneratedText(), OPTIONS.size());
        assertThat(response.getChosenIndex()).isEqualTo(expected);
        assertThat(response.getInvalid()).isEqualTo(expected < 0);
    }

    @Test
    void openAiBackendAnswersThroughTheSameApi() {
        openAi.answer(200, FakeOpenAiServer.letterCompletion());

        AnswerResponse response = blocking.answer(question("http-1", "remote", AnswerStrategy.ANSWER_STRATEGY_UNSPECIFIED)
                .addImages(square(4, 64)).build());

        assertThat(response.getModel()).isEqualTo("remote@Qwen/Qwen2-VL-2B-Instruct");
        assertThat(response.getStrategy()).isEqualTo(AnswerStrategy.ANSWER_STRATEGY_LETTER_LIKELIHOOD);
        assertThat(response.getOptionScoresList()).extracting(OptionScore::getLogProb).containsExactly(-2.0, -3.0, -0.1, -4.0);
        assertThat(response.getChosenLetter()).isEqualTo("C");
        assertThat(response.getStats().getPromptTokens()).isEqualTo(120);
        assertThat(response.getStats().getVisionTokens()).isEqualTo(64);
        assertThat(response.getAccounting().getTokens().getTextPromptTokens()).isEqualTo(56);
        assertThat(response.getAccounting().getTokens().getImagesList()).extracting(ImageTokens::getWidth, ImageTokens::getHeight)
                .containsExactly(tuple(64, 64));
        assertThat(response.getAccounting().getDevice()).isEqualTo(openAi.hostAndPort());
        assertThat(openAi.bodies().get(openAi.bodies().size() - 1)).contains("\"top_logprobs\":20", "data:image/png;base64,");
    }

    @Test
    void backendServerErrorIsUnavailable() {
        openAi.answer(503, "{\"error\":{\"message\":\"model is loading\"}}");

        assertThatThrownBy(() -> blocking.answer(question("down", "remote", AnswerStrategy.ANSWER_STRATEGY_GENERATE).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
                    assertThat(e.getStatus().getDescription()).contains("model is loading");
                });
    }

    @Test
    void everyBadInputGetsAClearStatusNamingTheField() {
        AnswerRequest good = question("bad", TINY, AnswerStrategy.ANSWER_STRATEGY_LETTER_LIKELIHOOD).build();
        assertRejected(good.toBuilder().setQuestion("  ").build(), Status.Code.INVALID_ARGUMENT, "question");
        assertRejected(good.toBuilder().clearOptions().addAllOptions(Collections.nCopies(27, "x")).build(),
                Status.Code.INVALID_ARGUMENT, "options");
        assertRejected(good.toBuilder().clearOptions().addOptions("only one").build(), Status.Code.INVALID_ARGUMENT, "options");
        assertRejected(good.toBuilder().addImages(square(1, 224)).addImages(square(1, -28)).build(),
                Status.Code.INVALID_ARGUMENT, "images[1].resolution");
        assertRejected(good.toBuilder().addImages(square(1, 0)).build(), Status.Code.INVALID_ARGUMENT, "images[0].resolution");
        assertRejected(good.toBuilder().addImages(AnswerImage.newBuilder().setSource(inline(png(1)))).build(),
                Status.Code.INVALID_ARGUMENT, "images[0]");
        assertRejected(good.toBuilder().addImages(square(1, 57)).build(), Status.Code.INVALID_ARGUMENT, "images[0].resolution");
        assertRejected(good.toBuilder().addImages(AnswerImage.newBuilder().setSource(inline(png(1))).setMaxPixels(-4)).build(),
                Status.Code.INVALID_ARGUMENT, "images[0].max_pixels");
        assertRejected(good.toBuilder().addImages(AnswerImage.newBuilder().setSource(inline(png(1))).setMaxPixels(10_001)).build(),
                Status.Code.INVALID_ARGUMENT, "images[0].max_pixels");
        assertRejected(good.toBuilder().addImages(AnswerImage.newBuilder().setSource(inline(new byte[]{1, 2, 3, 4}))
                .setResolution(56)).build(), Status.Code.INVALID_ARGUMENT, "images[0].source.image");
        assertRejected(good.toBuilder().addImages(AnswerImage.newBuilder().setSource(ImageSource.getDefaultInstance())
                .setResolution(56)).build(), Status.Code.INVALID_ARGUMENT, "images[0].source");
        assertRejected(good.toBuilder().addAllImages(Collections.nCopies(7, square(1, 56))).build(),
                Status.Code.RESOURCE_EXHAUSTED, "images");
        assertRejected(good.toBuilder().setModel("no-such-vlm").build(), Status.Code.NOT_FOUND, "model");
        assertRejected(good.toBuilder().setModel("").build(), Status.Code.INVALID_ARGUMENT, "model");
        assertRejected(good.toBuilder().setModel("broken-vlm").build(), Status.Code.FAILED_PRECONDITION, "model");
        assertRejected(good.toBuilder().setModel("keyless").build(), Status.Code.FAILED_PRECONDITION, "model");
        // The model's own refusal: an HTTP backend cannot score given continuations.
        assertRejected(good.toBuilder().setModel("remote").setStrategy(AnswerStrategy.ANSWER_STRATEGY_PER_OPTION_LIKELIHOOD)
                .build(), Status.Code.INVALID_ARGUMENT, "strategy");
    }

    private void assertRejected(AnswerRequest request, Status.Code code, String field) {
        assertThatThrownBy(() -> blocking.answer(request))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(code);
                    assertThat(GrpcErrors.violatedField(e)).isEqualTo(field);
                });
    }

    @Test
    void answerStreamKeepsRequestOrderAndReportsABadItemInPlace() throws Exception {
        List<AnswerRequest> requests = List.of(
                question("s-0", TINY, AnswerStrategy.ANSWER_STRATEGY_LETTER_LIKELIHOOD).addImages(square(5, 56)).build(),
                question("s-1", TINY, AnswerStrategy.ANSWER_STRATEGY_LETTER_LIKELIHOOD).setQuestion("").build(),
                question("s-2", TINY, AnswerStrategy.ANSWER_STRATEGY_GENERATE).setMaxNewTokens(2).build(),
                question("s-3", TINY, AnswerStrategy.ANSWER_STRATEGY_LETTER_LIKELIHOOD).build());

        List<AnswerStreamResponse> responses = stream(requests);

        assertThat(responses).extracting(AnswerStreamResponse::getRequestId).containsExactly("s-0", "s-1", "s-2", "s-3");
        assertThat(responses).extracting(AnswerStreamResponse::hasResult).containsExactly(true, false, true, true);
        assertThat(responses.get(1).getError().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT.value());
        assertThat(responses.get(1).getError().getMessage()).contains("question");
        assertThat(responses.get(0).getResult().getAccounting().getTokens().getVisionTokens()).isEqualTo(4);
        assertThat(responses.get(2).getResult().getStrategy()).isEqualTo(AnswerStrategy.ANSWER_STRATEGY_GENERATE);
    }

    @Test
    void fullAnswerQueueIsResourceExhaustedForUnaryAndStreamItems() throws Exception {
        // Occupy both answer threads and fill the 4-slot queue with tasks that wait for the test to release them.
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            executors.answers().execute(() -> {
                running.countDown();
                awaitQuietly(release);
            });
        }
        running.await(30, TimeUnit.SECONDS);
        for (int i = 0; i < 4; i++) {
            executors.answers().execute(() -> awaitQuietly(release));
        }
        try {
            AnswerRequest request = question("full", TINY, AnswerStrategy.ANSWER_STRATEGY_LETTER_LIKELIHOOD).build();
            assertThatThrownBy(() -> blocking.answer(request))
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED));
            CompletableFuture<List<AnswerStreamResponse>> streamed = CompletableFuture.supplyAsync(() -> stream(List.of(request)));
            List<AnswerStreamResponse> responses = streamed.get(60, TimeUnit.SECONDS);
            assertThat(responses).singleElement().satisfies(r ->
                    assertThat(r.getError().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED.value()));
        } finally {
            release.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<AnswerStreamResponse> stream(List<AnswerRequest> requests) {
        List<AnswerStreamResponse> responses = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> done = new CompletableFuture<>();
        StreamObserver<AnswerRequest> in = async.withDeadlineAfter(120, TimeUnit.SECONDS).answerStream(new StreamObserver<>() {
            @Override
            public void onNext(AnswerStreamResponse value) {
                responses.add(value);
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(t);
            }

            @Override
            public void onCompleted() {
                done.complete(null);
            }
        });
        requests.forEach(in::onNext);
        in.onCompleted();
        done.join();
        return List.copyOf(responses);
    }
}

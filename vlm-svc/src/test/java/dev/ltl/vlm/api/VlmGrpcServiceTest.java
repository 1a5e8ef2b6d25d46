package dev.ltl.vlm.api;

import static dev.ltl.vlm.api.TestImages.inline;
import static dev.ltl.vlm.api.TestImages.png;
import static dev.ltl.vlm.api.TestImages.request;
import static dev.ltl.vlm.api.TestImages.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.proto.common.v1.EncodedImage;
import dev.ltl.proto.common.v1.ImageTokens;
import dev.ltl.proto.common.v1.ModelState;
import dev.ltl.proto.vlm.v1.BackboneKind;
import dev.ltl.proto.vlm.v1.EmbedRequest;
import dev.ltl.proto.vlm.v1.EmbedResponse;
import dev.ltl.proto.vlm.v1.EmbedStreamResponse;
import dev.ltl.proto.vlm.v1.Embedding;
import dev.ltl.proto.vlm.v1.ImageSource;
import dev.ltl.proto.vlm.v1.ListModelsRequest;
import dev.ltl.proto.vlm.v1.ModelInfo;
import dev.ltl.proto.vlm.v1.ResizeMode;
import dev.ltl.proto.vlm.v1.VideoFrames;
import dev.ltl.proto.vlm.v1.VlmServiceGrpc;
import dev.ltl.vlm.infra.AnswerModels;
import dev.ltl.vlm.infra.ImageSourceLoader;
import dev.ltl.vlm.infra.ModelRepositoryConfig;
import dev.ltl.vlm.infra.VlmConfig;
import dev.ltl.vlm.infra.VlmExecutors;
import dev.ltl.vlm.infra.VlmModels;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vlm-svc's gRPC contract in-process with the real MobileNetV2 backbones: every RPC and every error. */
class VlmGrpcServiceTest {
    private static final String DYN = "mobilenetv2-12-int8-dyn";
    private static final String FIXED = "mobilenetv2-12-int8";

    private Server server;
    private ManagedChannel channel;
    private VlmExecutors executors;
    private VlmModels models;
    private AnswerModels answerModels;
    private VlmServiceGrpc.VlmServiceBlockingStub blocking;
    private VlmServiceGrpc.VlmServiceStub async;

    @TempDir
    Path tmp;

    private void start(VlmConfig config) throws Exception {
        Assumptions.assumeTrue(TestVlmConfig.realModelsPresent(), "real models not under " + TestVlmConfig.sharedDir());
        // A backbone whose weights are garbage: listed as FAILED, requests get FAILED_PRECONDITION.
        Path broken = Files.createDirectories(tmp.resolve("models/broken-backbone/1"));
        Files.writeString(broken.resolve("model.yaml"), String.join("\n", "name: broken-backbone", "version: \"1\"",
                "outputs: [{name: features, dtype: float32, shape: [-1, 8]}]",
                "preprocessing: {dynamic_size: true}", ""));
        Files.write(broken.resolve("model.onnx"), new byte[]{1, 2, 3});
        List<String> served = new ArrayList<>(config.models());
        served.add("broken-backbone@1");
        TestVlmConfig.Vlm withBroken = new TestVlmConfig.Vlm(served, config.maxEmbeddingsPerRequest(),
                config.maxResolution(), config.workerThreads(), config.inferenceThreads(), config.streamConcurrency(),
                config.maxBatch(), config.maxQueueDelayUs());
        executors = new VlmExecutors(withBroken);
        models = new VlmModels(withBroken, TestVlmConfig.models(tmp.resolve("models")), executors);
        models.load();
        EmbedRequestValidator validator = new EmbedRequestValidator(models, withBroken);
        EmbedPipeline pipeline = new EmbedPipeline(validator, new ImageSourceLoader(TestVlmConfig.anyMedia()));
        ModelRepositoryConfig repository = TestVlmConfig.models(tmp.resolve("models"));
        answerModels = new AnswerModels(withBroken, repository);
        answerModels.load();
        ImageSourceLoader loader = new ImageSourceLoader(TestVlmConfig.anyMedia());
        AnswerPipeline answers = new AnswerPipeline(new AnswerRequestValidator(answerModels, withBroken), loader);
        VlmGrpcService service = new VlmGrpcService(pipeline, answers, models, answerModels, executors, withBroken,
                new SimpleMeterRegistry());
        String name = InProcessServerBuilder.generateName();
        server = InProcessServerBuilder.forName(name).addService(service).build().start();
        channel = InProcessChannelBuilder.forName(name).build();
        blocking = VlmServiceGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
        async = VlmServiceGrpc.newStub(channel);
    }

    private void start() throws Exception {
        start(TestVlmConfig.vlm());
    }

    @AfterEach
    void stop() throws Exception {
        if (channel != null) {
            channel.shutdownNow();
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            models.close();
            answerModels.close();
            executors.shutdown();
        }
    }

    @Test
    void dynamicBackboneEmbedsEachResolutionNatively() throws Exception {
        start();
        EmbedResponse response = blocking.embed(request("dyn-1", DYN, List.of(inline(png(1))), 112, 224, 448));
        assertThat(response.getRequestId()).isEqualTo("dyn-1");
        assertThat(response.getModel()).isEqualTo(DYN + "@1");
        assertThat(response.getOutput()).isEqualTo("features");
        assertThat(response.getKind()).isEqualTo(BackboneKind.BACKBONE_KIND_DYNAMIC_SIZE);
        assertThat(response.getEmbeddingsList()).extracting(Embedding::getResolution).containsExactly(112, 224, 448);
        assertThat(response.getEmbeddingsList()).extracting(Embedding::getTokens).containsExactly(49L, 196L, 784L);
        assertThat(response.getEmbeddingsList()).extracting(Embedding::getFedWidth).containsExactly(112, 224, 448);
        assertThat(response.getEmbeddingsList()).allSatisfy(e -> {
            assertThat(e.getDim()).isEqualTo(1280);
            assertThat(e.getVectorF32Le().size()).isEqualTo(1280 * 4);
            assertThat(e.getMode()).isEqualTo(ResizeMode.RESIZE_MODE_NATIVE);
            assertThat(e.getImageIndex()).isZero();
            assertThat(e.getBatchSize()).isEqualTo(1);
        });
        List<float[]> vectors = response.getEmbeddingsList().stream().map(TestImages::vector).toList();
        assertThat(vectors.get(0)).isNotEqualTo(vectors.get(1));
        assertThat(vectors.get(1)).isNotEqualTo(vectors.get(2));
        var accounting = response.getAccounting();
        assertThat(accounting.getService()).isEqualTo("vlm-svc");
        assertThat(accounting.getRequestId()).isEqualTo("dyn-1");
        assertThat(accounting.getModel()).isEqualTo(DYN + "@1");
        assertThat(accounting.getDevice()).isEqualTo("cpu");
        assertThat(accounting.getBatchSize()).isEqualTo(1);
        assertThat(accounting.getTokens().getVisionTokens()).isEqualTo(49 + 196 + 784);
        assertThat(accounting.getTokens().getImagesList()).extracting(ImageTokens::getResolution, ImageTokens::getTokens)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(112, 49L), org.assertj.core.groups.Tuple.tuple(224, 196L),
                        org.assertj.core.groups.Tuple.tuple(448, 784L));
        var t = accounting.getTimings();
        assertThat(t.getInferenceUs()).isPositive();
        assertThat(t.getPreprocessUs()).isPositive();
        assertThat(t.getQueueUs() + t.getPreprocessUs() + t.getInferenceUs() + t.getPostprocessUs())
                .isBetween(t.getTotalUs() - 5, t.getTotalUs() + 5);
    }

    @Test
    void fixedBackboneResizesEveryResolutionToItsInputAndSaysSo() throws Exception {
        start();
        EmbedResponse response = blocking.embed(request("fixed", FIXED, List.of(inline(png(2))), 112, 224, 448));
        assertThat(response.getKind()).isEqualTo(BackboneKind.BACKBONE_KIND_FIXED_SIZE);
        assertThat(response.getOutput()).isEqualTo("output");
        assertThat(response.getEmbeddingsList()).allSatisfy(e -> {
            assertThat(e.getDim()).isEqualTo(1000);
            assertThat(e.getMode()).isEqualTo(ResizeMode.RESIZE_MODE_RESIZED_TO_INPUT);
            assertThat(e.getFedWidth()).isEqualTo(224);
            assertThat(e.getFedHeight()).isEqualTo(224);
        });
        assertThat(response.getEmbeddingsList()).extracting(Embedding::getTokens).containsExactly(49L, 196L, 784L);
        // All three are fed at 224, so one request's images share one batch.
        assertThat(response.getAccounting().getBatchSize()).isEqualTo(3);
        assertThat(vector(response.getEmbeddings(0))).isNotEqualTo(vector(response.getEmbeddings(2)));
    }

    @Test
    void theSameInputTwiceGivesIdenticalEmbeddings() throws Exception {
        start();
        EmbedResponse first = blocking.embed(request("a", DYN, List.of(inline(png(3))), 160));
        EmbedResponse second = blocking.embed(request("b", DYN, List.of(inline(png(3))), 160));
        assertThat(second.getEmbeddings(0).getVectorF32Le()).isEqualTo(first.getEmbeddings(0).getVectorF32Le());
        EmbedResponse other = blocking.embed(request("c", DYN, List.of(inline(png(4))), 160));
        assertThat(other.getEmbeddings(0).getVectorF32Le()).isNotEqualTo(first.getEmbeddings(0).getVectorF32Le());
    }

    @Test
    void imagesComeInlineFromFilesAndFromVideoSeconds() throws Exception {
        start();
        Path file = tmp.resolve("frame.png");
        Files.write(file, png(5));
        Path video = TestVlmConfig.sharedDir().resolve("data/ave-sample/0lFf-HP86Q0.mp4");
        Assumptions.assumeTrue(Files.isRegularFile(video), "AVE sample clip missing");
        EmbedResponse response = blocking.embed(request("mixed", DYN, List.of(
                inline(png(5)),
                ImageSource.newBuilder().setImageUri(file.toUri().toString()).build(),
                ImageSource.newBuilder().setVideo(VideoFrames.newBuilder().setUri(video.toString())
                        .addSeconds(0).addSeconds(9).addSeconds(4)).build()), 224));
        assertThat(response.getEmbeddingsList()).extracting(Embedding::getImageIndex).containsExactly(0, 1, 2, 3, 4);
        assertThat(response.getEmbeddingsList()).extracting(Embedding::getSourceIndex).containsExactly(0, 1, 2, 2, 2);
        assertThat(response.getEmbeddingsList()).extracting(Embedding::getSecond).containsExactly(0, 0, 0, 9, 4);
        assertThat(response.getEmbeddings(1).getVectorF32Le()).isEqualTo(response.getEmbeddings(0).getVectorF32Le());
        assertThat(response.getEmbeddings(3).getVectorF32Le()).isNotEqualTo(response.getEmbeddings(2).getVectorF32Le());
        assertThat(response.getAccounting().getBatchSize()).isEqualTo(5);
        assertThat(response.getAccounting().getTokens().getVisionTokens()).isEqualTo(5 * 196);
    }

    @Test
    void concurrentRequestsAreBatchedIntoOneRun() throws Exception {
        // max_batch 3 and a queue delay of 10 minutes: the batch can only run because the third request filled it.
        start(TestVlmConfig.vlm().withBatching(3, 600_000_000L));
        List<CompletableFuture<EmbedResponse>> responses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CompletableFuture<EmbedResponse> future = new CompletableFuture<>();
            responses.add(future);
            async.withDeadlineAfter(60, TimeUnit.SECONDS).embed(request("c" + i, DYN, List.of(inline(png(10 + i))), 224),
                    observer(future));
        }
        for (int i = 0; i < 3; i++) {
            EmbedResponse response = responses.get(i).get(60, TimeUnit.SECONDS);
            assertThat(response.getRequestId()).isEqualTo("c" + i);
            assertThat(response.getAccounting().getBatchSize()).isEqualTo(3);
            assertThat(response.getEmbeddings(0).getBatchSize()).isEqualTo(3);
        }
        // Each caller got its own image's embedding: the same as embedding it alone (batch of 3 again here).
        EmbedResponse alone = blocking.embed(request("alone", DYN,
                List.of(inline(png(11)), inline(png(11)), inline(png(11))), 224));
        float[] expected = vector(alone.getEmbeddings(0));
        float[] got = vector(responses.get(1).get().getEmbeddings(0));
        for (int k = 0; k < expected.length; k++) {
            assertThat(got[k]).isCloseTo(expected[k], org.assertj.core.data.Offset.offset(1e-4f));
        }
    }

    @Test
    void listModelsDescribesEachBackboneAndItsReadiness() throws Exception {
        start();
        List<ModelInfo> list = blocking.listModels(ListModelsRequest.getDefaultInstance()).getModelsList();
        assertThat(list).extracting(m -> m.getStatus().getName())
                .containsExactly(DYN, FIXED, "clip-vit-b16", "broken-backbone");
        ModelInfo dyn = list.get(0);
        assertThat(dyn.getStatus().getState()).isEqualTo(ModelState.MODEL_STATE_READY);
        assertThat(dyn.getKind()).isEqualTo(BackboneKind.BACKBONE_KIND_DYNAMIC_SIZE);
        assertThat(dyn.getEmbeddingDim()).isEqualTo(1280);
        assertThat(dyn.getEmbeddingOutput()).isEqualTo("features");
        assertThat(dyn.getPatchSize()).isEqualTo(16);
        assertThat(dyn.getMaxBatch()).isEqualTo(32);
        assertThat(dyn.getMaxQueueDelayUs()).isEqualTo(2000);
        ModelInfo fixed = list.get(1);
        assertThat(fixed.getKind()).isEqualTo(BackboneKind.BACKBONE_KIND_FIXED_SIZE);
        assertThat(fixed.getInputSize()).isEqualTo(224);
        assertThat(fixed.getEmbeddingDim()).isEqualTo(1000);
        assertThat(fixed.getEmbeddingOutput()).isEqualTo("output");
        ModelInfo clip = list.get(2);
        assertThat(clip.getStatus().getState()).isEqualTo(ModelState.MODEL_STATE_NOT_READY);
        assertThat(clip.getStatus().getMessage()).contains("model.onnx");
        assertThat(clip.getEmbeddingDim()).isEqualTo(768);
        assertThat(clip.getEmbeddingOutput()).isEqualTo("pooler_output");
        assertThat(list.get(3).getStatus().getState()).isEqualTo(ModelState.MODEL_STATE_FAILED);
    }

    @Test
    void modelErrorsNameTheModelField() throws Exception {
        start();
        List<ImageSource> one = List.of(inline(png(1)));
        expectError(request("x", "no-such-model", one, 224), Status.Code.NOT_FOUND, "model");
        expectError(request("x", "", one, 224), Status.Code.INVALID_ARGUMENT, "model");
        expectError(EmbedRequest.newBuilder(request("x", DYN, one, 224)).setModelVersion("7").build(),
                Status.Code.NOT_FOUND, "model");
        expectError(request("x", "clip-vit-b16", one, 224), Status.Code.FAILED_PRECONDITION, "model");
        expectError(request("x", "broken-backbone", one, 224), Status.Code.FAILED_PRECONDITION, "model");
    }

    @Test
    void badImagesNameTheImageAtFault() throws Exception {
        start();
        ImageSource garbage = ImageSource.newBuilder().setImage(EncodedImage.newBuilder()
                .setData(ByteString.copyFromUtf8("not an image"))).build();
        expectError(request("x", DYN, List.of(inline(png(1)), garbage), 224), Status.Code.INVALID_ARGUMENT,
                "images[1].image");
        expectError(request("x", DYN, List.of(ImageSource.getDefaultInstance()), 224), Status.Code.INVALID_ARGUMENT,
                "images[0]");
        expectError(request("x", DYN, List.of(ImageSource.newBuilder()
                .setImageUri(tmp.resolve("missing.png").toString()).build()), 224), Status.Code.INVALID_ARGUMENT,
                "images[0].image_uri");
        expectError(request("x", DYN, List.of(ImageSource.newBuilder()
                .setImageUri("http://example.com/a.png").build()), 224), Status.Code.INVALID_ARGUMENT,
                "images[0].image_uri");
        expectError(request("x", DYN, List.of(ImageSource.newBuilder().setVideo(VideoFrames.newBuilder()
                .setUri(tmp.resolve("missing.mp4").toString()).addSeconds(0)).build()), 224),
                Status.Code.INVALID_ARGUMENT, "images[0].video.uri");
        expectError(request("x", DYN, List.of(ImageSource.newBuilder().setVideo(VideoFrames.newBuilder()
                .setUri(tmp.resolve("missing.mp4").toString()).addSeconds(-1)).build()), 224),
                Status.Code.INVALID_ARGUMENT, "images[0].video.seconds[0]");
        expectError(request("x", DYN, List.of(), 224), Status.Code.INVALID_ARGUMENT, "images");
    }

    @Test
    void resolutionsMustBeWholePatchesListedOnce() throws Exception {
        start();
        List<ImageSource> one = List.of(inline(png(1)));
        expectError(request("x", DYN, one, 224, 100), Status.Code.INVALID_ARGUMENT, "resolutions[1]");
        expectError(request("x", DYN, one, 0), Status.Code.INVALID_ARGUMENT, "resolutions[0]");
        expectError(request("x", DYN, one, 2048), Status.Code.INVALID_ARGUMENT, "resolutions[0]");
        expectError(request("x", DYN, one, 224, 224), Status.Code.INVALID_ARGUMENT, "resolutions[1]");
        expectError(request("x", DYN, one), Status.Code.INVALID_ARGUMENT, "resolutions");
    }

    @Test
    void tooManyImagesTimesResolutionsIsResourceExhausted() throws Exception {
        start();
        // Cap 12: 5 images x 3 resolutions = 15; a video with 13 seconds counts 13 images.
        List<ImageSource> five = List.of(inline(png(1)), inline(png(1)), inline(png(1)), inline(png(1)), inline(png(1)));
        expectError(request("x", DYN, five, 112, 224, 448), Status.Code.RESOURCE_EXHAUSTED, "images");
        VideoFrames.Builder longVideo = VideoFrames.newBuilder().setUri("/nowhere.mp4");
        for (int t = 0; t < 13; t++) {
            longVideo.addSeconds(t);
        }
        expectError(request("x", DYN, List.of(ImageSource.newBuilder().setVideo(longVideo).build()), 224),
                Status.Code.RESOURCE_EXHAUSTED, "images");
        assertThat(blocking.embed(request("ok", DYN, five.subList(0, 4), 112, 224, 448)).getEmbeddingsCount())
                .isEqualTo(12);
    }

    @Test
    void embedStreamAnswersInOrderWithPerItemErrors() throws Exception {
        start();
        List<EmbedStreamResponse> received = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        StreamObserver<EmbedRequest> requests = async.withDeadlineAfter(60, TimeUnit.SECONDS)
                .embedStream(new StreamObserver<>() {
                    @Override
                    public void onNext(EmbedStreamResponse value) {
                        received.add(value);
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
        requests.onNext(request("s0", DYN, List.of(inline(png(1))), 112));
        requests.onNext(request("s1", DYN, List.of(inline(png(1))), 100));
        requests.onNext(request("s2", FIXED, List.of(inline(png(2))), 224, 448));
        requests.onNext(request("s3", "no-such-model", List.of(inline(png(2))), 224));
        requests.onCompleted();
        done.get(60, TimeUnit.SECONDS);
        assertThat(received).extracting(EmbedStreamResponse::getRequestId).containsExactly("s0", "s1", "s2", "s3");
        assertThat(received.get(0).getResult().getEmbeddings(0).getTokens()).isEqualTo(49);
        assertThat(received.get(1).getError().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT.value());
        assertThat(received.get(1).getError().getMessage()).contains("resolutions[0]");
        assertThat(received.get(2).getResult().getEmbeddingsCount()).isEqualTo(2);
        assertThat(received.get(3).getError().getCode()).isEqualTo(Status.Code.NOT_FOUND.value());
    }

    private void expectError(EmbedRequest request, Status.Code code, String field) {
        assertThatThrownBy(() -> blocking.embed(request)).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(code);
            assertThat(GrpcErrors.violatedField(e) == null ? e.getStatus().getDescription() : GrpcErrors.violatedField(e))
                    .startsWith(field);
            assertThat(e.getStatus().getDescription()).contains(field);
        });
    }

    private static StreamObserver<EmbedResponse> observer(CompletableFuture<EmbedResponse> future) {
        return new StreamObserver<>() {
            @Override
            public void onNext(EmbedResponse value) {
                future.complete(value);
            }

            @Override
            public void onError(Throwable t) {
                future.completeExceptionally(t);
            }

            @Override
            public void onCompleted() {
            }
        };
    }
}

package dev.ltl.eventness.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.google.protobuf.ByteString;
import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.eventness.infra.EventnessConfig;
import dev.ltl.eventness.infra.EventnessModels;
import dev.ltl.eventness.infra.ModelRepositoryConfig;
import dev.ltl.eventness.infra.MediaLoader;
import dev.ltl.eventness.infra.MethodCatalog;
import dev.ltl.eventness.infra.ScoringExecutor;
import dev.ltl.proto.common.v1.MediaInput;
import dev.ltl.proto.common.v1.PcmAudio;
import dev.ltl.proto.eventness.v1.EventnessServiceGrpc;
import dev.ltl.proto.eventness.v1.ListMethodsRequest;
import dev.ltl.proto.eventness.v1.ListMethodsResponse;
import dev.ltl.proto.eventness.v1.MethodInfo;
import dev.ltl.proto.eventness.v1.ScoreRequest;
import dev.ltl.proto.eventness.v1.ScoreResponse;
import dev.ltl.proto.eventness.v1.ScoreStreamResponse;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eventness-svc's gRPC contract in-process: every RPC, bad inputs, model readiness. */
class EventnessGrpcServiceTest {
    private Server server;
    private ManagedChannel channel;
    private ScoringExecutor executor;
    private EventnessModels models;
    private EventnessServiceGrpc.EventnessServiceBlockingStub blocking;
    private EventnessServiceGrpc.EventnessServiceStub async;

    @TempDir
    Path tmp;

    private void start(ModelRepositoryConfig repository) throws Exception {
        EventnessConfig config = TestEventnessConfig.eventness();
        models = new EventnessModels(config, repository);
        models.load();
        MethodCatalog catalog = new MethodCatalog(models);
        executor = new ScoringExecutor(config);
        EventnessGrpcService service = new EventnessGrpcService(new ScoreRequestValidator(catalog, config),
                new MediaLoader(TestEventnessConfig.anyMedia()), catalog, executor, config, new SimpleMeterRegistry());
        String name = InProcessServerBuilder.generateName();
        server = InProcessServerBuilder.forName(name).addService(service).maxInboundMessageSize(1 << 20)
                .build().start();
        channel = InProcessChannelBuilder.forName(name).maxInboundMessageSize(1 << 20).build();
        blocking = EventnessServiceGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
        async = EventnessServiceGrpc.newStub(channel);
    }

    @AfterEach
    void stop() throws Exception {
        if (channel != null) {
            channel.shutdownNow();
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            executor.pool().shutdownNow();
        }
    }

    /** 16 kHz mono: quiet noise floor, a 1 kHz tone of amplitude 0.5 in seconds 3 and 4. */
    static float[] toneInSeconds3And4(int seconds) {
        float[] pcm = new float[seconds * 16000];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (float) (0.001 * random.nextGaussian());
            int second = i / 16000;
            if (second == 3 || second == 4) {
                pcm[i] += (float) (0.5 * Math.sin(2 * Math.PI * 1000 * i / 16000.0));
            }
        }
        return pcm;
    }

    static MediaInput inlinePcm(float[] pcm, int sampleRate) {
        ByteBuffer bytes = ByteBuffer.allocate(pcm.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(pcm);
        return MediaInput.newBuilder().setPcm(PcmAudio.newBuilder().setSampleRate(sampleRate).setChannels(1)
                .setSamplesF32Le(ByteString.copyFrom(bytes.array()))).build();
    }

    static ScoreRequest scoreRequest(String id, String method, MediaInput media) {
        return ScoreRequest.newBuilder().setRequestId(id).setMethod(method).setMedia(media).build();
    }

    @Test
    void scoresInlinePcmWithEveryDspMethod() throws Exception {
        start(TestEventnessConfig.standardModels());
        MediaInput media = inlinePcm(toneInSeconds3And4(10), 16000);
        ScoreResponse strideMax = blocking.score(scoreRequest("a", "energy_stride_max", media));
        assertThat(strideMax.getScoresList()).hasSize(10);
        assertThat(strideMax.getModel()).isEqualTo("builtin@1");
        assertThat(strideMax.getDurationS()).isEqualTo(10.0);
        int top = IntStream.range(0, 10).boxed().max((i, j) -> Double.compare(strideMax.getScores(i),
                strideMax.getScores(j))).orElseThrow();
        assertThat(top).isBetween(2, 4);
        // Tone seconds: a full window of the tone gives ln(0.5^2 / 2) (+ the tiny floor).
        assertThat(strideMax.getScores(3)).isCloseTo(Math.log(0.125), org.assertj.core.data.Offset.offset(0.01));
        ScoreResponse energy = blocking.score(scoreRequest("b", "energy", media));
        assertThat(energy.getScores(3)).isCloseTo(Math.log(0.125), org.assertj.core.data.Offset.offset(0.01));
        ScoreResponse delta = blocking.score(scoreRequest("c", "energy_delta", media));
        assertThat(delta.getScores(0)).isEqualTo(0.0);
        assertThat(delta.getScores(3)).isGreaterThan(5.0);
        assertThat(strideMax.getAccounting().getRequestId()).isEqualTo("a");
        assertThat(strideMax.getAccounting().getTimings().getTotalUs()).isPositive();
    }

    @Test
    void numSegmentsPadsAndMaxSecondsTruncates() throws Exception {
        start(TestEventnessConfig.standardModels());
        MediaInput media = inlinePcm(toneInSeconds3And4(6), 16000);
        ScoreRequest padded = scoreRequest("p", "energy", media).toBuilder().setNumSegments(10).build();
        ScoreResponse response = blocking.score(padded);
        assertThat(response.getScoresList()).hasSize(10);
        assertThat(response.getScores(9)).isCloseTo(Math.log(1e-12), org.assertj.core.data.Offset.offset(1e-6));
        ScoreRequest truncated = scoreRequest("t", "energy", media).toBuilder().setMaxSeconds(4).build();
        assertThat(blocking.score(truncated).getScoresList()).hasSize(4);
    }

    @Test
    void listsMethodsWithModelReadiness() throws Exception {
        start(TestEventnessConfig.standardModels());
        ListMethodsResponse list = blocking.listMethods(ListMethodsRequest.getDefaultInstance());
        assertThat(list.getMethodsList()).extracting(MethodInfo::getName)
                .containsExactly("energy", "energy_delta", "energy_stride_max", "frame_diff", "audioset", "vad_suppressed");
        assertThat(list.getMethodsList().stream().filter(m -> m.getName().startsWith("energy")))
                .allMatch(MethodInfo::getReady);
    }

    @Test
    void aMissingModelMakesOnlyItsMethodUnavailable() throws Exception {
        start(TestEventnessConfig.models(List.of(tmp.resolve("no-models").toString())));
        ListMethodsResponse list = blocking.listMethods(ListMethodsRequest.getDefaultInstance());
        MethodInfo audioset = list.getMethodsList().stream().filter(m -> m.getName().equals("audioset")).findFirst()
                .orElseThrow();
        assertThat(audioset.getReady()).isFalse();
        assertThat(audioset.getModels(0).getMessage()).contains("efficientat-mn04-as");
        MediaInput media = inlinePcm(toneInSeconds3And4(10), 16000);
        assertThatThrownBy(() -> blocking.score(scoreRequest("x", "audioset", media)))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
                    assertThat(e.getStatus().getDescription()).contains("audioset");
                });
        assertThat(blocking.score(scoreRequest("y", "energy", media)).getScoresList()).hasSize(10);
    }

    @Test
    void badInputsGetClearStatusesAndTheServiceKeepsServing() throws Exception {
        start(TestEventnessConfig.standardModels());
        MediaInput good = inlinePcm(toneInSeconds3And4(10), 16000);
        expect(scoreRequest("m", "loudness", good), Status.Code.INVALID_ARGUMENT, "method");
        expect(scoreRequest("m2", "", good), Status.Code.INVALID_ARGUMENT, "method");
        expect(ScoreRequest.newBuilder().setRequestId("nomedia").setMethod("energy").build(),
                Status.Code.INVALID_ARGUMENT, "media");
        expect(scoreRequest("neg", "energy", good).toBuilder().setMaxSeconds(-1).build(),
                Status.Code.INVALID_ARGUMENT, "max_seconds");
        Path garbage = Files.write(tmp.resolve("garbage.mp4"), "this is not a video".getBytes());
        expect(scoreRequest("garbage", "energy", MediaInput.newBuilder().setUri(garbage.toUri().toString()).build()),
                Status.Code.INVALID_ARGUMENT, "media.uri");
        expect(scoreRequest("missing", "energy",
                MediaInput.newBuilder().setUri(tmp.resolve("nope.wav").toUri().toString()).build()),
                Status.Code.INVALID_ARGUMENT, "media.uri");
        expect(scoreRequest("empty", "energy", inlinePcm(new float[0], 16000)), Status.Code.INVALID_ARGUMENT, "media.pcm");
        expect(scoreRequest("rate", "energy", inlinePcm(new float[16000], 0)), Status.Code.INVALID_ARGUMENT,
                "media.pcm.sample_rate");
        expect(scoreRequest("noframes", "frame_diff", good), Status.Code.INVALID_ARGUMENT, "media");
        // (Oversized payloads are tested over a real port: the in-process transport never serialises.)
        assertThat(blocking.score(scoreRequest("ok", "energy_stride_max", good)).getScoresList()).hasSize(10);
    }

    @Test
    void scoresRealClipsByUriIncludingFrameDiffAndAudioset() throws Exception {
        Path clip = TestEventnessConfig.sharedDir().resolve("data/ave-sample/22olCB3wQaA.mp4");
        assumeThat(Files.exists(clip)).as("shared sample clips").isTrue();
        start(TestEventnessConfig.standardModels());
        MediaInput media = MediaInput.newBuilder().setUri(clip.toUri().toString()).build();
        ScoreResponse frames = blocking.score(scoreRequest("fd", "frame_diff", media));
        assertThat(frames.getScoresList()).hasSize(10);
        assertThat(frames.getScores(0)).isEqualTo(0.0);
        ScoreResponse audioset = blocking.score(scoreRequest("as", "audioset", media));
        assertThat(audioset.getModel()).isEqualTo("efficientat-mn04-as@1");
        int[] top2 = IntStream.range(0, 10).boxed()
                .sorted((i, j) -> Double.compare(audioset.getScores(j), audioset.getScores(i)))
                .limit(2).mapToInt(Integer::intValue).toArray();
        // Race car: the annotated event covers seconds 5..9.
        assertThat(java.util.Arrays.stream(top2).boxed().toList()).allSatisfy(t -> assertThat(t).isBetween(5, 9));
        ScoreResponse vad = blocking.score(scoreRequest("vad", "vad_suppressed", media));
        assertThat(vad.getScoresList()).hasSize(10).allMatch(s -> s >= 0 && s <= 1);
    }

    @Test
    void streamsManyClipsInOrderWithPerItemErrors() throws Exception {
        start(TestEventnessConfig.standardModels());
        MediaInput good = inlinePcm(toneInSeconds3And4(10), 16000);
        List<ScoreRequest> requests = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            requests.add(scoreRequest("clip-" + i, i == 5 ? "bogus" : "energy_stride_max", good));
        }
        List<ScoreStreamResponse> received = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        StreamObserver<ScoreRequest> upstream = async.scoreStream(new StreamObserver<>() {
            @Override
            public void onNext(ScoreStreamResponse value) {
                synchronized (received) {
                    received.add(value);
                }
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
        requests.forEach(upstream::onNext);
        upstream.onCompleted();
        done.get(60, TimeUnit.SECONDS);
        assertThat(received).extracting(ScoreStreamResponse::getRequestId)
                .containsExactlyElementsOf(requests.stream().map(ScoreRequest::getRequestId).toList());
        assertThat(received.get(5).getError().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT.value());
        assertThat(received.get(5).getError().getMessage()).contains("method");
        assertThat(received.get(6).getResult().getScoresList()).hasSize(10);
    }

    private void expect(ScoreRequest request, Status.Code code, String field) {
        assertThatThrownBy(() -> blocking.score(request))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).as(request.getRequestId()).isEqualTo(code);
                    assertThat(GrpcErrors.violatedField(e)).as(request.getRequestId()).isEqualTo(field);
                });
    }
}

package dev.ltl.planner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.protobuf.ByteString;
import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.planner.infra.RelevanceProviderLoader;
import dev.ltl.proto.common.v1.EncodedImage;
import dev.ltl.proto.common.v1.MediaInput;
import dev.ltl.proto.common.v1.ModelState;
import dev.ltl.proto.common.v1.ModelStatus;
import dev.ltl.proto.common.v1.PcmAudio;
import dev.ltl.proto.planner.v1.ListRelevanceProvidersRequest;
import dev.ltl.proto.planner.v1.ListRelevanceProvidersResponse;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import dev.ltl.proto.planner.v1.RelevanceProviderInfo;
import dev.ltl.proto.planner.v1.RelevanceRequest;
import dev.ltl.proto.planner.v1.RelevanceResponse;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import dev.ltl.proto.planner.v1.SelectFramesResponse;
import dev.ltl.proto.planner.v1.Transcript;
import dev.ltl.proto.planner.v1.TranscriptWord;
import dev.ltl.relevance.onnx.TowerFixtures;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ScoreRelevance, ListRelevanceProviders and ql2l_* SelectFrames with a question, in-process: tiny CLIP
 * and CLAP towers in a temporary model root, the real MiniLM, Lucene BM25.
 */
class RelevanceGrpcTest {
    private static Path modelRoot;
    private static RelevanceProviderLoader.Loaded loaded;
    private static InProcessPlanner planner;
    private static PlannerServiceGrpc.PlannerServiceBlockingStub blocking;

    @BeforeAll
    static void start() throws Exception {
        modelRoot = Files.createTempDirectory("relevance-models");
        TowerFixtures.writeClip(modelRoot, "tiny-clip", Map.of());
        TowerFixtures.writeClap(modelRoot, "tiny-clap");
        loaded = RelevanceProviderLoader.load(List.of(modelRoot), Optional.of("tiny-clip@1"), Optional.of("tiny-clap"), 1);
        TestPlannerConfig config = new TestPlannerConfig(200, 100, 2, 2);
        planner = InProcessPlanner.start(config, loaded, new RelevanceInputMapper(config));
        blocking = planner.blocking();
    }

    @AfterAll
    static void stop() throws Exception {
        planner.close();
    }

    static Transcript transcript(Object... textStartEnd) {
        Transcript.Builder t = Transcript.newBuilder();
        for (int i = 0; i < textStartEnd.length; i += 3) {
            t.addWords(TranscriptWord.newBuilder().setText((String) textStartEnd[i])
                    .setStartS((Double) textStartEnd[i + 1]).setEndS((Double) textStartEnd[i + 2]));
        }
        return t.build();
    }

    private static final Transcript BARKING = transcript("welcome", 0.1, 0.4, "to", 0.4, 0.6, "the", 0.6, 0.8,
            "garden", 0.8, 0.95, "the", 1.1, 1.3, "dog", 1.3, 1.5, "is", 1.5, 1.6, "barking", 1.6, 1.8, "loudly", 1.8,
            1.95, "roses", 3.1, 3.5, "bloom", 3.5, 3.9);

    static ByteString png(int r, int g, int b) throws Exception {
        BufferedImage image = new BufferedImage(224, 224, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 224; y++) {
            for (int x = 0; x < 224; x++) {
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return ByteString.copyFrom(out.toByteArray());
    }

    static MediaInput frames(ByteString... pngs) {
        MediaInput.Builder media = MediaInput.newBuilder();
        for (int i = 0; i < pngs.length; i++) {
            media.addFrames(EncodedImage.newBuilder().setData(pngs[i]).setTimestampS(i + 0.5));
        }
        return media.build();
    }

    static MediaInput pcm48k(double... levels) {
        ByteBuffer bytes = ByteBuffer.allocate(levels.length * 48_000 * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (double level : levels) {
            for (int i = 0; i < 48_000; i++) {
                bytes.putFloat((float) level);
            }
        }
        return MediaInput.newBuilder().setPcm(PcmAudio.newBuilder().setSamplesF32Le(ByteString.copyFrom(bytes.array()))
                .setSampleRate(48_000).setChannels(1)).build();
    }

    @Test
    void listsEveryProviderWithItsModels() {
        ListRelevanceProvidersResponse list = blocking.listRelevanceProviders(
                ListRelevanceProvidersRequest.getDefaultInstance());
        assertThat(list.getProvidersList()).extracting(RelevanceProviderInfo::getProvider)
                .containsExactly("asr_bm25", "text", "clip", "clap");
        assertThat(list.getProviders(0).getModelsList()).isEmpty();
        assertThat(list.getProviders(1).getModels(0).getName()).isEqualTo("all-minilm-l6-v2-q");
        ModelStatus clip = list.getProviders(2).getModels(0);
        assertThat(clip.getName() + "@" + clip.getVersion()).isEqualTo("tiny-clip@1");
        assertThat(clip.getState()).isEqualTo(ModelState.MODEL_STATE_READY);
        assertThat(list.getProviders(3).getModels(0).getState()).isEqualTo(ModelState.MODEL_STATE_READY);
    }

    @Test
    void bm25ScoresTheTranscriptAndEchoesIt() {
        RelevanceResponse response = blocking.scoreRelevance(RelevanceRequest.newBuilder().setRequestId("bm-1")
                .setProvider("asr_bm25").setQuestion("Why is the dog barking?").setNumSeconds(5)
                .setTranscript(BARKING).build());
        assertThat(response.getRelevanceList()).hasSize(5);
        assertThat(response.getRelevance(1)).isGreaterThan(response.getRelevance(0));
        assertThat(response.getRelevance(0)).isPositive(); // "the"
        assertThat(response.getRelevance(2)).isZero();
        assertThat(response.getRelevance(3)).isZero();
        assertThat(response.getTranscript()).isEqualTo(BARKING);
        assertThat(response.getAccounting().getModel()).isEqualTo(RelevanceProviderLoader.BM25_ENGINE);
        assertThat(response.getAccounting().getRequestId()).isEqualTo("bm-1");
    }

    @Test
    void textRanksTheBarkingSecondFirstWithTheRealMiniLm() {
        RelevanceResponse response = blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("text")
                .setQuestion("Why is the dog barking?").setNumSeconds(5).setTranscript(BARKING).build());
        List<Double> rel = response.getRelevanceList();
        assertThat(rel.get(1)).isGreaterThan(rel.get(0)).isGreaterThan(rel.get(3));
        assertThat(rel.get(2)).isZero();
        assertThat(rel.get(4)).isZero();
        assertThat(response.getAccounting().getModel()).isEqualTo("all-minilm-l6-v2-q@1");
    }

    @Test
    void clipScoresInlineFramesAndTakesTFromThem() throws Exception {
        RelevanceResponse response = blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("clip")
                .setQuestion("red").setMedia(frames(png(255, 0, 0), png(0, 255, 0), png(128, 128, 128))).build());
        // Exact cosines of the tiny tower (numpy, see relevance-core's ClipRelevanceProviderTest).
        assertThat(response.getRelevanceList()).hasSize(3);
        assertThat(response.getRelevance(0)).isCloseTo(0.6439073022879912, within(1e-4));
        assertThat(response.getRelevance(1)).isCloseTo(-0.5752118562024037, within(1e-4));
        assertThat(response.getRelevance(2)).isCloseTo(0.19715242624428228, within(1e-4));
        assertThat(response.getAccounting().getModel()).isEqualTo("tiny-clip@1");
    }

    @Test
    void clapScoresInline48kHzPcmAtItsOwnRate() {
        RelevanceResponse response = blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("clap")
                .setQuestion("up").setMedia(pcm48k(0.5, -0.5, 1.0)).build());
        assertThat(response.getRelevanceList()).hasSize(3);
        assertThat(response.getRelevance(0)).isCloseTo(0.8944271909999159, within(1e-6));
        assertThat(response.getRelevance(1)).isCloseTo(-0.8944271909999159, within(1e-6));
        assertThat(response.getRelevance(2)).isCloseTo(0.7071067811865475, within(1e-6));
    }

    @Test
    void aFileUriIsDecodedAt16kHzAndUpsampledForClap() throws Exception {
        float[] pcm = new float[3 * 16_000];
        java.util.Arrays.fill(pcm, 0.5f);
        Path wav = Files.createTempFile(modelRoot, "half", ".wav");
        dev.ltl.common.media.SyntheticClipWriter.writeWav(wav, pcm, 16_000);
        RelevanceResponse response = blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("clap")
                .setQuestion("up").setMedia(MediaInput.newBuilder().setUri(wav.toUri().toString())).build());
        // T from the media (3 s); a constant 0.5 survives 16 → 48 kHz up to the sinc filter's edge ringing.
        assertThat(response.getRelevanceList()).hasSize(3)
                .allSatisfy(r -> assertThat(r).isCloseTo(0.8944271909999159, within(1e-2)));
        // The transcript providers take T from the media too when num_seconds is 0.
        RelevanceResponse bm25 = blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("asr_bm25")
                .setQuestion("dog").setMedia(MediaInput.newBuilder().setUri(wav.toString()))
                .setTranscript(BARKING).build());
        assertThat(bm25.getRelevanceList()).hasSize(3);
        assertThat(bm25.getRelevance(1)).isPositive();
    }

    @Test
    void aWhisperWordTimestampFileIsATranscriptSource() throws Exception {
        Path json = Files.createTempFile(modelRoot, "whisper", ".json");
        Files.writeString(json, """
                {"segments": [{"text": " the dog is barking", "words": [
                  {"word": " the", "start": 1.1, "end": 1.3}, {"word": " dog", "start": 1.3, "end": 1.5},
                  {"word": " is", "start": 1.5, "end": 1.6}, {"word": " barking", "start": 1.6, "end": 1.8}]}]}
                """);
        RelevanceResponse response = blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("asr_bm25")
                .setQuestion("dog").setNumSeconds(3).setTranscriptUri(json.toUri().toString()).build());
        assertThat(response.getRelevance(1)).isPositive();
        assertThat(response.getTranscript().getWordsList()).extracting(TranscriptWord::getText)
                .containsExactly(" the", " dog", " is", " barking");
        SelectFramesResponse selection = blocking.selectFrames(SelectFramesRequest.newBuilder()
                .setMethod("ql2l_asr_bm25").setBudgetFrames(1).setQuestion("dog").setTranscriptUri(json.toString())
                .addAllAudioScores(List.of(0.2, 0.2, 0.2)).addAllVisualScores(List.of(0.1, 0.1, 0.1)).build());
        assertThat(selection.getRelevanceList()).isEqualTo(response.getRelevanceList());
        assertStatus(() -> blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("asr_bm25")
                .setQuestion("dog").setNumSeconds(3).setTranscriptUri(json.resolveSibling("missing.json").toString())
                .build()), Status.Code.INVALID_ARGUMENT, "transcript_uri");
        assertStatus(() -> blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("asr_bm25")
                .setQuestion("dog").setNumSeconds(3).setTranscriptUri(json.toString()).setTranscript(BARKING).build()),
                Status.Code.INVALID_ARGUMENT, "transcript_uri");
        assertStatus(() -> blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("asr_bm25")
                .setQuestion("dog").setNumSeconds(3).setTranscriptUri("relative/words.json").build()),
                Status.Code.INVALID_ARGUMENT, "transcript_uri");
    }

    @Test
    void clipReadsTheFramesOfARealVideo() {
        String shared = System.getProperty("ltl.shared.dir");
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null
                && Files.isDirectory(Path.of(shared, "data", "ave-sample")), "needs ../shared/data/ave-sample");
        Path video = Path.of(shared, "data", "ave-sample", "0lFf-HP86Q0.mp4");
        RelevanceResponse response = blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("clip")
                .setQuestion("red").setNumSeconds(10).setMedia(MediaInput.newBuilder().setUri(video.toString())).build());
        assertThat(response.getRelevanceList()).hasSize(10).allSatisfy(r -> assertThat(r).isBetween(-1.0, 1.0));
    }

    @Test
    void ql2lWithAQuestionComputesRelevanceAndSelectsAsIfItWereGiven() {
        double[] audio = {0.1, 0.9, 0.2, 0.3, 0.8};
        double[] visual = {0.0, 0.2, 0.1, 0.6, 0.3};
        SelectFramesRequest.Builder request = SelectFramesRequest.newBuilder().setRequestId("q-1")
                .setMethod("ql2l_asr_bm25").setBudgetFrames(2).setQuestion("Why is the dog barking?")
                .setTranscript(BARKING);
        for (int t = 0; t < audio.length; t++) {
            request.addAudioScores(audio[t]).addVisualScores(visual[t]);
        }
        SelectFramesResponse computed = blocking.selectFrames(request.build());
        RelevanceResponse relevance = blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("asr_bm25")
                .setQuestion("Why is the dog barking?").setNumSeconds(5).setTranscript(BARKING).build());
        assertThat(computed.getRelevanceList()).isEqualTo(relevance.getRelevanceList());

        SelectFramesResponse given = blocking.selectFrames(request.clearQuestion().clearTranscript()
                .addAllRelevance(relevance.getRelevanceList()).build());
        assertThat(computed.getSelectedSecondsList()).isEqualTo(given.getSelectedSecondsList());
        assertThat(computed.getAlpha()).isEqualTo(given.getAlpha());
        assertThat(given.getRelevanceList()).isEqualTo(relevance.getRelevanceList());
    }

    @Test
    void ql2lClipReadsTheRequestMedia() throws Exception {
        SelectFramesRequest request = SelectFramesRequest.newBuilder().setMethod("ql2l_clip").setBudgetFrames(1)
                .setQuestion("red").setMedia(frames(png(0, 255, 0), png(255, 0, 0)))
                .addAudioScores(0.5).addAudioScores(0.5).addVisualScores(0.1).addVisualScores(0.1).build();
        SelectFramesResponse response = blocking.selectFrames(request);
        assertThat(response.getRelevanceList()).hasSize(2);
        assertThat(response.getRelevance(1)).isGreaterThan(response.getRelevance(0));
    }

    @Test
    void anUnknownProviderIsInvalidArgumentOnProvider() {
        assertStatus(() -> blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("sonar")
                .setQuestion("q").setNumSeconds(2).build()), Status.Code.INVALID_ARGUMENT, "provider");
    }

    @Test
    void missingInputsNameTheirField() {
        assertStatus(() -> blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("clip")
                .setQuestion("red").setNumSeconds(2).build()), Status.Code.INVALID_ARGUMENT, "media");
        assertStatus(() -> blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("asr_bm25")
                .setQuestion("dog").setTranscript(BARKING).build()), Status.Code.INVALID_ARGUMENT, "num_seconds");
        assertStatus(() -> blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("text")
                .setNumSeconds(2).setTranscript(BARKING).build()), Status.Code.INVALID_ARGUMENT, "question");
        assertStatus(() -> blocking.selectFrames(SelectFramesRequest.newBuilder().setMethod("ql2l_clap")
                .setBudgetFrames(1).setQuestion("up").addAudioScores(1).addVisualScores(1).build()),
                Status.Code.INVALID_ARGUMENT, "media");
    }

    @Test
    void noTranscriptAndNoAsrModelIsAFailedPrecondition() {
        StatusRuntimeException e = assertStatus(() -> blocking.scoreRelevance(RelevanceRequest.newBuilder()
                .setProvider("asr_bm25").setQuestion("dog").setNumSeconds(3).build()),
                Status.Code.FAILED_PRECONDITION, "transcript");
        assertThat(e.getStatus().getDescription()).contains("no transcript: give `transcript` or configure an ASR model");
    }

    @Test
    void unconfiguredOrMissingTowersAreFailedPreconditionsNamingTheModel() throws Exception {
        try (RelevanceProviderLoader.Loaded bare = RelevanceProviderLoader.load(List.of(modelRoot), Optional.empty(),
                Optional.of("no-such-clap@2"), 1)) {
            TestPlannerConfig config = TestPlannerConfig.defaults();
            RelevanceHandler handler = new RelevanceHandler(bare.providers(), new RelevanceInputMapper(config));
            RelevanceRequest clip = RelevanceRequest.newBuilder().setProvider("clip").setQuestion("red")
                    .setNumSeconds(1).build();
            StatusRuntimeException noClip = (StatusRuntimeException) RelevanceHandler.asStatusOrNull(
                    catchError(() -> handler.scoreOne(clip, System.nanoTime())));
            assertThat(noClip.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
            assertThat(noClip.getStatus().getDescription()).contains("ltl.planner.relevance.clip-model");
            RelevanceRequest clap = clip.toBuilder().setProvider("clap").build();
            StatusRuntimeException noClap = RelevanceHandler.asStatusOrNull(
                    catchError(() -> handler.scoreOne(clap, System.nanoTime())));
            assertThat(noClap.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
            assertThat(noClap.getStatus().getDescription()).contains("no-such-clap@2");
            assertThat(handler.list().getProviders(3).getModels(0).getState())
                    .isEqualTo(ModelState.MODEL_STATE_NOT_READY);
        }
    }

    private static RuntimeException catchError(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected an error");
    }

    private static StatusRuntimeException assertStatus(Runnable call, Status.Code code, String field) {
        RuntimeException error = catchError(call);
        assertThat(error).isInstanceOf(StatusRuntimeException.class);
        StatusRuntimeException status = (StatusRuntimeException) error;
        assertThat(status.getStatus().getCode()).as(status.getStatus().toString()).isEqualTo(code);
        assertThat(GrpcErrors.violatedField(status)).isEqualTo(field);
        return status;
    }
}

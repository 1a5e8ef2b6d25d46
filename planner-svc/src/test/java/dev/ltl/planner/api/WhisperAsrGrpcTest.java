package dev.ltl.planner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.protobuf.ByteString;
import dev.ltl.planner.infra.RelevanceProviderLoader;
import dev.ltl.proto.common.v1.MediaInput;
import dev.ltl.proto.common.v1.ModelState;
import dev.ltl.proto.common.v1.ModelStatus;
import dev.ltl.proto.common.v1.PcmAudio;
import dev.ltl.proto.planner.v1.ListRelevanceProvidersRequest;
import dev.ltl.proto.planner.v1.ListRelevanceProvidersResponse;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import dev.ltl.proto.planner.v1.RelevanceRequest;
import dev.ltl.proto.planner.v1.RelevanceResponse;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import dev.ltl.proto.planner.v1.SelectFramesResponse;
import dev.ltl.proto.planner.v1.TranscriptWord;
import dev.ltl.relevance.asr.TinyWhisper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ltl.planner.relevance.asr-model} in-process: a tiny generated Whisper (relevance-core's
 * TinyWhisper, scripted to say "hello world | the quick fox." with hello 0–0.75 s, world 0.75–1.5, the
 * 1.5–2.125, quick 2.125–3.17, fox. 3.17–4.0) transcribes the request's audio when no transcript is given.
 */
class WhisperAsrGrpcTest {
    private static RelevanceProviderLoader.Loaded loaded;
    private static InProcessPlanner planner;
    private static PlannerServiceGrpc.PlannerServiceBlockingStub blocking;

    @BeforeAll
    static void start() throws Exception {
        Path modelRoot = Files.createTempDirectory("whisper-models");
        TinyWhisper.write(modelRoot, "tiny-whisper", TinyWhisper.HELLO_FOX);
        loaded = RelevanceProviderLoader.load(List.of(modelRoot), Optional.empty(), Optional.empty(),
                Optional.of("tiny-whisper@1"), 1);
        TestPlannerConfig config = new TestPlannerConfig(200, 100, 2, 2);
        planner = InProcessPlanner.start(config, loaded, new RelevanceInputMapper(config));
        blocking = planner.blocking();
    }

    @AfterAll
    static void stop() throws Exception {
        planner.close();
    }

    /** Five seconds of a quiet 16 kHz tone as inline PCM (the tiny model's words do not depend on it). */
    private static MediaInput fiveSeconds() {
        ByteBuffer bytes = ByteBuffer.allocate(5 * 16_000 * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 5 * 16_000; i++) {
            bytes.putFloat((float) (0.2 * Math.sin(2 * Math.PI * 220 * i / 16_000.0)));
        }
        return MediaInput.newBuilder().setPcm(PcmAudio.newBuilder().setSamplesF32Le(ByteString.copyFrom(bytes.array()))
                .setSampleRate(16_000).setChannels(1)).build();
    }

    @Test
    void theTranscriptProvidersListTheAsrModelAsReady() {
        ListRelevanceProvidersResponse list = blocking.listRelevanceProviders(
                ListRelevanceProvidersRequest.getDefaultInstance());
        ModelStatus bm25Asr = list.getProviders(0).getModels(0);
        assertThat(list.getProviders(0).getProvider()).isEqualTo("asr_bm25");
        assertThat(bm25Asr.getName() + "@" + bm25Asr.getVersion()).isEqualTo("tiny-whisper@1");
        assertThat(bm25Asr.getState()).isEqualTo(ModelState.MODEL_STATE_READY);
        assertThat(list.getProviders(1).getModelsList()).extracting(ModelStatus::getName)
                .containsExactly("all-minilm-l6-v2-q", "tiny-whisper");
    }

    @Test
    void ql2lAsrBm25WithoutATranscriptListensToTheMedia() {
        RelevanceResponse scored = blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("asr_bm25")
                .setQuestion("the quick fox?").setMedia(fiveSeconds()).build());
        assertThat(scored.getTranscript().getWordsList()).extracting(TranscriptWord::getText)
                .containsExactly("hello", "world", "the", "quick", "fox.");
        assertThat(scored.getTranscript().getWords(4).getStartS()).isCloseTo(1.5 + 2.5 * 8 / 12, within(1e-6));
        // Word → second int((start+end)/2): hello 0, world 1, the 1, quick 2, fox. 3; nothing in second 4.
        List<Double> relevance = scored.getRelevanceList();
        assertThat(relevance).hasSize(5);
        assertThat(relevance.get(0)).isZero();
        assertThat(relevance.get(1)).isPositive();
        assertThat(relevance.get(2)).isPositive().isEqualTo(relevance.get(3));
        assertThat(relevance.get(4)).isZero();

        SelectFramesRequest.Builder select = SelectFramesRequest.newBuilder().setMethod("ql2l_asr_bm25")
                .setBudgetFrames(2).setQuestion("the quick fox?").setMedia(fiveSeconds());
        for (int t = 0; t < 5; t++) {
            select.addAudioScores(0.2).addVisualScores(0.1);
        }
        SelectFramesResponse selection = blocking.selectFrames(select.build());
        assertThat(selection.getRelevanceList()).isEqualTo(relevance);

        RelevanceResponse given = blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("asr_bm25")
                .setQuestion("the quick fox?").setNumSeconds(5).setTranscript(scored.getTranscript()).build());
        assertThat(given.getRelevanceList()).isEqualTo(relevance);
    }

    @Test
    void textWithoutATranscriptAlsoListensToTheMedia() {
        RelevanceResponse scored = blocking.scoreRelevance(RelevanceRequest.newBuilder().setProvider("text")
                .setQuestion("a quick fox").setMedia(fiveSeconds()).build());
        assertThat(scored.getTranscript().getWordsList()).extracting(TranscriptWord::getText)
                .containsExactly("hello", "world", "the", "quick", "fox.");
        // Second 4 has no words and scores 0; the others hold words and get a MiniLM cosine.
        assertThat(scored.getRelevanceList()).hasSize(5);
        assertThat(scored.getRelevance(4)).isZero();
        assertThat(scored.getRelevance(3)).isNotZero();
    }

    @Test
    void aConfiguredAsrModelThatIsMissingIsListedNotReadyAndTranscriptsStillWork() throws Exception {
        Path empty = Files.createTempDirectory("no-whisper");
        try (RelevanceProviderLoader.Loaded missing = RelevanceProviderLoader.load(List.of(empty), Optional.empty(),
                Optional.empty(), Optional.of("no-such-whisper@2"), 1)) {
            RelevanceHandler handler = new RelevanceHandler(missing.providers(),
                    new RelevanceInputMapper(TestPlannerConfig.defaults()));
            ModelStatus status = handler.list().getProviders(0).getModels(0);
            assertThat(status.getName()).isEqualTo("no-such-whisper");
            assertThat(status.getState()).isEqualTo(ModelState.MODEL_STATE_NOT_READY);
            assertThat(status.getMessage()).contains("no-such-whisper");
            RelevanceResponse withTranscript = handler.scoreOne(RelevanceRequest.newBuilder().setProvider("asr_bm25")
                    .setQuestion("fox").setNumSeconds(2).setTranscript(dev.ltl.proto.planner.v1.Transcript.newBuilder()
                            .addWords(TranscriptWord.newBuilder().setText("fox").setStartS(1.2).setEndS(1.4))).build(),
                    System.nanoTime());
            assertThat(withTranscript.getRelevance(0)).isZero();
            assertThat(withTranscript.getRelevance(1)).isPositive();
        }
    }
}

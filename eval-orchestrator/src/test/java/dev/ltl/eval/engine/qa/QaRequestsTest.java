package dev.ltl.eval.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltl.eval.data.qa.PreprocessedVideo;
import dev.ltl.eval.data.qa.QaItem;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import dev.ltl.proto.planner.v1.Transcript;
import dev.ltl.proto.planner.v1.TranscriptWord;
import dev.ltl.proto.vlm.v1.AnswerRequest;
import dev.ltl.proto.vlm.v1.AnswerStrategy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QaRequestsTest {
    private static final QaItem ITEM = new QaItem("q7", "vid", "What sound plays?", List.of("a", "b", "c"), 1,
            Map.of("type", "CH"));
    private static final PreprocessedVideo VIDEO = video(4);
    private static final SignalCache.VideoSignals SIGNALS = new SignalCache.VideoSignals("vid", 4,
            new double[] {1, 2, 3, 4}, new double[] {0, 1, 0, 1});
    private static final Transcript WORDS = Transcript.newBuilder()
            .addWords(TranscriptWord.newBuilder().setText("bark").setStartS(1).setEndS(1.5)).build();

    private static PreprocessedVideo video(int seconds) {
        List<Path> frames = new ArrayList<>();
        for (int t = 0; t < seconds; t++) {
            frames.add(Path.of("/cache/vid/frame_000" + t + ".jpg"));
        }
        return new PreprocessedVideo("vid", seconds, Path.of("/cache/vid/audio.wav"), frames, true,
                Path.of("/videos/vid.mp4"));
    }

    private static QaEvalConfig config(String strategy, QaEvalConfig.ImageSize size) {
        return new QaEvalConfig("jsonl", Path.of("/q.jsonl"), null, null, null, Path.of("/videos"), null, Path.of("/cache"),
                List.of(), 2, 120, strategy, 5, 0, "tiny-qwen-vl", size, 1, false, 1, 300,
                QaEvalConfig.ServiceTargets.LOCAL);
    }

    @Test
    void eachMethodCarriesOnlyTheSignalsItReads() {
        QaEvalConfig config = config("letter_likelihood", null);
        SelectFramesRequest uniform = QaRequests.selection(config, ITEM, "uniform", VIDEO, null, Optional.empty());
        assertThat(uniform.getAudioScoresCount() + uniform.getVisualScoresCount()).isZero();
        assertThat(uniform.getNumSeconds()).isEqualTo(4);
        assertThat(uniform.getBudgetFrames()).isEqualTo(2);
        assertThat(uniform.getSeed()).isEqualTo(5);
        assertThat(uniform.getItemSeedKey()).isEqualTo("q7|vid");
        assertThat(uniform.getRequestId()).isEqualTo("q7|uniform");

        assertThat(QaRequests.selection(config, ITEM, "text_only", VIDEO, null, Optional.empty()).hasBudgetFrames())
                .isFalse();
        SelectFramesRequest audio = QaRequests.selection(config, ITEM, "audio", VIDEO, SIGNALS, Optional.empty());
        assertThat(audio.getAudioScoresList()).containsExactly(1.0, 2.0, 3.0, 4.0);
        assertThat(audio.getVisualScoresCount()).isZero();
        SelectFramesRequest visual = QaRequests.selection(config, ITEM, "cheap_visual", VIDEO, SIGNALS,
                Optional.empty());
        assertThat(visual.getAudioScoresCount()).isZero();
        assertThat(visual.getVisualScoresList()).containsExactly(0.0, 1.0, 0.0, 1.0);
        SelectFramesRequest fused = QaRequests.selection(config, ITEM, "fused", VIDEO, SIGNALS, Optional.empty());
        assertThat(fused.getAudioScoresCount()).isEqualTo(4);
        assertThat(fused.getVisualScoresCount()).isEqualTo(4);
        assertThat(fused.getQuestion()).isEmpty();
    }

    @Test
    void queryAwareMethodsSendTheQuestionTheVideoAndTheTranscript() {
        SelectFramesRequest request = QaRequests.selection(config("letter_likelihood", null), ITEM, "ql2l_asr_bm25",
                VIDEO, SIGNALS, Optional.of(WORDS));
        assertThat(request.getQuestion()).isEqualTo("What sound plays?");
        assertThat(request.getMedia().getUri()).isEqualTo(Path.of("/videos/vid.mp4").toUri().toString());
        assertThat(request.getTranscript()).isEqualTo(WORDS);
        assertThat(request.getAudioScoresCount()).isEqualTo(4);
        assertThat(request.getVisualScoresCount()).isEqualTo(4);
        assertThat(QaRequests.selection(config("letter_likelihood", null), ITEM, "ql2l_clap", VIDEO, SIGNALS,
                Optional.empty()).hasTranscript()).isFalse();
    }

    @Test
    void answersShowTheSelectedFramesInChronologicalOrderAtTheConfiguredSize() {
        AnswerRequest request = QaRequests.answer(config("letter_likelihood", QaEvalConfig.ImageSize.of(224, null)),
                ITEM, "q7|audio", VIDEO, List.of(3, 0, 2));
        assertThat(request.getImagesList()).extracting(i -> i.getSource().getImageUri()).containsExactly(
                Path.of("/cache/vid/frame_0000.jpg").toUri().toString(),
                Path.of("/cache/vid/frame_0002.jpg").toUri().toString(),
                Path.of("/cache/vid/frame_0003.jpg").toUri().toString());
        assertThat(request.getImagesList()).allSatisfy(i -> assertThat(i.getResolution()).isEqualTo(224));
        assertThat(request.getOptionsList()).containsExactly("a", "b", "c");
        assertThat(request.getModel()).isEqualTo("tiny-qwen-vl");
        assertThat(request.getStrategy()).isEqualTo(AnswerStrategy.ANSWER_STRATEGY_LETTER_LIKELIHOOD);
        assertThat(request.getMaxNewTokens()).isZero();

        AnswerRequest generate = QaRequests.answer(config("generate", QaEvalConfig.ImageSize.of(null, 50_000L)),
                ITEM, "q7|text_only", VIDEO, List.of(1));
        assertThat(generate.getStrategy()).isEqualTo(AnswerStrategy.ANSWER_STRATEGY_GENERATE);
        assertThat(generate.getMaxNewTokens()).isEqualTo(32);
        assertThat(generate.getImages(0).getMaxPixels()).isEqualTo(50_000L);
        assertThat(QaRequests.answer(config("per_option", null), ITEM, "x", VIDEO, List.of()).getImagesCount())
                .isZero();
    }
}

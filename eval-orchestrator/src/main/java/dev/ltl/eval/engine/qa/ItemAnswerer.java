package dev.ltl.eval.engine.qa;

import dev.ltl.eval.data.qa.PreprocessedVideo;
import dev.ltl.eval.data.qa.QaItem;
import dev.ltl.eval.qa.QaPrediction;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import dev.ltl.proto.planner.v1.SelectFramesResponse;
import dev.ltl.proto.planner.v1.Transcript;
import dev.ltl.proto.vlm.v1.AnswerRequest;
import dev.ltl.proto.vlm.v1.AnswerResponse;
import dev.ltl.proto.vlm.v1.OptionScore;
import io.grpc.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One (item, method) of a QA evaluation: select frames through planner-svc, answer through
 * vlm-svc, and turn the outcome into a {@link QaPrediction}. A call the item makes fail (bad
 * input, an unservable question) does not throw: it becomes a row carrying the error
 * ({@code CODE: message}), so the evaluation goes on. A service that cannot serve at all throws
 * {@link ServiceUnavailableException}.
 */
final class ItemAnswerer {
    private final QaEvalConfig config;
    private final QaServiceCalls calls;

    ItemAnswerer(QaEvalConfig config, QaServiceCalls calls) {
        this.config = config;
        this.calls = calls;
    }

    int budgetFrames() {
        return config.budgetFrames();
    }

    /** The selection of one (item, method), or the error that prevented it. */
    record Selection(SelectFramesResponse response, String error, double seconds) {
    }

    Selection select(QaItem item, String method, PreprocessedVideo video, SignalCache.VideoSignals signals,
                     Optional<Transcript> transcript) {
        long start = System.nanoTime();
        try {
            SelectFramesRequest request = QaRequests.selection(config, item, method, video, signals, transcript);
            return new Selection(calls.selectFrames(request), null, elapsed(start));
        } catch (RuntimeException e) {
            ServiceUnavailableException.throwIfTransient("select_frames " + item.qid() + " " + method, e);
            return new Selection(null, "select_frames " + describe(e), elapsed(start));
        }
    }

    /** The answer to the item with the given frames, or the error that prevented it. */
    record Answer(AnswerResponse response, String error, double seconds) {
        int predIdx() {
            return response == null || response.getInvalid() ? -1 : response.getChosenIndex();
        }

        boolean invalid() {
            return response == null || response.getInvalid();
        }
    }

    Answer answer(QaItem item, String method, String requestId, PreprocessedVideo video, List<Integer> seconds) {
        long start = System.nanoTime();
        try {
            AnswerRequest request = QaRequests.answer(config, item, requestId, video, seconds);
            return new Answer(calls.answer(method, request), null, elapsed(start));
        } catch (RuntimeException e) {
            ServiceUnavailableException.throwIfTransient("answer " + requestId, e);
            return new Answer(null, "answer " + describe(e), elapsed(start));
        }
    }

    /** Selects, answers, and records the row. */
    QaPrediction evaluate(QaItem item, String method, PreprocessedVideo video, SignalCache.VideoSignals signals,
                          Optional<Transcript> transcript) {
        Selection selection = select(item, method, video, signals, transcript);
        if (selection.error() != null) {
            return row(item, method, video, null, null, selection.error(), selection.seconds(), 0);
        }
        SelectFramesResponse selected = selection.response();
        Answer answer = answer(item, method, QaRequests.requestId(item, method), video,
                selected.getSelectedSecondsList());
        return row(item, method, video, selected, answer.response(), answer.error(), selection.seconds(),
                answer.seconds());
    }

    private QaPrediction row(QaItem item, String method, PreprocessedVideo video, SelectFramesResponse selected,
                             AnswerResponse answer, String error, double selectSeconds, double answerSeconds) {
        int predIdx = answer == null || answer.getInvalid() ? -1 : answer.getChosenIndex();
        boolean invalid = answer == null || answer.getInvalid();
        boolean correct = !invalid && predIdx == item.answerIdx();
        List<Double> scores = new ArrayList<>();
        if (answer != null) {
            for (OptionScore score : answer.getOptionScoresList()) {
                scores.add(score.getLogProb());
            }
        }
        return new QaPrediction(item.qid(), item.videoId(), method, config.budgetFrames(), video.numSeconds(),
                selected == null ? List.of() : selected.getSelectedSecondsList(),
                selected == null ? List.of() : selected.getBackgroundSecondsList(),
                selected == null ? List.of() : selected.getAnchorSecondsList(),
                selected != null && selected.hasAlpha() ? selected.getAlpha() : null,
                selected != null && selected.hasQBar() ? selected.getQBar() : null,
                predIdx, item.answerIdx(), correct, invalid, scores,
                timings(selectSeconds, answerSeconds, answer), tokens(answer), error, item.meta());
    }

    /** Wall-clock seconds of the two calls as the client saw them, and the VLM's own breakdown. */
    static Map<String, Object> timings(double selectSeconds, double answerSeconds, AnswerResponse answer) {
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("select_s", selectSeconds);
        timings.put("answer_s", answerSeconds);
        timings.put("total_s", selectSeconds + answerSeconds);
        if (answer != null) {
            timings.put("vlm_preprocess_s", answer.getStats().getPreprocessUs() / 1e6);
            timings.put("vlm_vision_encoder_s", answer.getStats().getVisionEncoderUs() / 1e6);
            timings.put("vlm_prefill_s", answer.getStats().getPrefillUs() / 1e6);
            timings.put("vlm_decode_s", answer.getStats().getDecodeUs() / 1e6);
        }
        return timings;
    }

    static Map<String, Object> tokens(AnswerResponse answer) {
        Map<String, Object> tokens = new LinkedHashMap<>();
        if (answer != null) {
            tokens.put("vision_tokens", answer.getStats().getVisionTokens());
            tokens.put("prompt_tokens", answer.getStats().getPromptTokens());
            tokens.put("generated_tokens", answer.getStats().getGeneratedTokens());
            tokens.put("forward_passes", answer.getStats().getForwardPasses());
        }
        return tokens;
    }

    /** {@code CODE: description} of a failed call, the form rows and logs carry. */
    static String describe(Throwable error) {
        Status status = Status.fromThrowable(error);
        if (status.getCode() == Status.Code.UNKNOWN && status.getDescription() == null) {
            return "UNKNOWN: " + error;
        }
        return status.getCode() + ": " + status.getDescription();
    }

    private static double elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}

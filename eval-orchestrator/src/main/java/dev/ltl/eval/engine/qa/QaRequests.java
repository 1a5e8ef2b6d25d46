package dev.ltl.eval.engine.qa;

import dev.ltl.eval.data.qa.PreprocessedVideo;
import dev.ltl.eval.data.qa.QaItem;
import dev.ltl.proto.common.v1.MediaInput;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import dev.ltl.proto.planner.v1.Transcript;
import dev.ltl.proto.vlm.v1.AnswerImage;
import dev.ltl.proto.vlm.v1.AnswerRequest;
import dev.ltl.proto.vlm.v1.AnswerStrategy;
import dev.ltl.proto.vlm.v1.ImageSource;
import java.util.List;
import java.util.Optional;

/** Builds the SelectFrames and Answer requests of one (item, method) from the evaluation's settings. */
final class QaRequests {
    /** The spec's max new tokens for {@code generate} (ltl-qa-epic.md §1). */
    static final int MAX_NEW_TOKENS = 32;

    private QaRequests() {
    }

    /** Whether a method's selection reads the per-video signals (audio energy, frame difference). */
    static boolean needsSignals(String method) {
        return needsAudio(method) || needsVisual(method);
    }

    private static boolean needsAudio(String method) {
        return method.equals("audio") || method.equals("fused") || method.startsWith("ql2l_");
    }

    private static boolean needsVisual(String method) {
        return method.equals("cheap_visual") || method.equals("fused") || method.startsWith("ql2l_");
    }

    static String requestId(QaItem item, String method) {
        return item.qid() + "|" + method;
    }

    /**
     * The selection request: T from the preprocessed video, B, the run seed with the item's
     * {@code qid|video_id} key (the service applies the sha1 rule), the signals the method reads,
     * and for {@code ql2l_*} the question as the retrieval query, the source video and the
     * transcript when one exists.
     */
    static SelectFramesRequest selection(QaEvalConfig config, QaItem item, String method, PreprocessedVideo video,
                                         SignalCache.VideoSignals signals, Optional<Transcript> transcript) {
        SelectFramesRequest.Builder request = SelectFramesRequest.newBuilder()
                .setRequestId(requestId(item, method))
                .setMethod(method)
                .setNumSeconds(video.numSeconds())
                .setSeed(config.seed())
                .setItemSeedKey(item.seedKey());
        if (!method.equals("text_only")) {
            request.setBudgetFrames(config.budgetFrames());
        }
        if (needsAudio(method)) {
            for (double value : signals.audio()) {
                request.addAudioScores(value);
            }
        }
        if (needsVisual(method)) {
            for (double value : signals.visual()) {
                request.addVisualScores(value);
            }
        }
        if (method.startsWith("ql2l_")) {
            request.setQuestion(item.question())
                    .setMedia(MediaInput.newBuilder().setUri(video.source().toAbsolutePath().toUri().toString()));
            transcript.ifPresent(request::setTranscript);
        }
        return request.build();
    }

    /** The answer request: the given seconds' cached frames in chronological order at the configured size. */
    static AnswerRequest answer(QaEvalConfig config, QaItem item, String requestId, PreprocessedVideo video,
                                List<Integer> seconds) {
        AnswerRequest.Builder request = AnswerRequest.newBuilder()
                .setRequestId(requestId)
                .setModel(config.model())
                .setQuestion(item.question())
                .addAllOptions(item.options())
                .setStrategy(strategy(config.strategy()));
        if (config.strategy().equals("generate")) {
            request.setMaxNewTokens(MAX_NEW_TOKENS);
        }
        seconds.stream().sorted().forEach(second -> {
            AnswerImage.Builder image = AnswerImage.newBuilder().setSource(ImageSource.newBuilder()
                    .setImageUri(video.frames().get(second).toAbsolutePath().toUri().toString()));
            if (config.imageSize().resolution() != null) {
                image.setResolution(config.imageSize().resolution());
            } else {
                image.setMaxPixels(config.imageSize().maxPixels());
            }
            request.addImages(image);
        });
        return request.build();
    }

    static AnswerStrategy strategy(String name) {
        return switch (name) {
            case "letter_likelihood" -> AnswerStrategy.ANSWER_STRATEGY_LETTER_LIKELIHOOD;
            case "generate" -> AnswerStrategy.ANSWER_STRATEGY_GENERATE;
            case "per_option" -> AnswerStrategy.ANSWER_STRATEGY_PER_OPTION_LIKELIHOOD;
            default -> throw new IllegalArgumentException("unknown strategy " + name);
        };
    }
}

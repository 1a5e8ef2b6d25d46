package dev.ltl.vlm.api;

import dev.ltl.proto.common.v1.Accounting;
import dev.ltl.proto.common.v1.ImageTokens;
import dev.ltl.proto.common.v1.Timings;
import dev.ltl.proto.common.v1.TokenUsage;
import dev.ltl.proto.vlm.v1.AnswerRequest;
import dev.ltl.proto.vlm.v1.AnswerResponse;
import dev.ltl.proto.vlm.v1.AnswerStats;
import dev.ltl.proto.vlm.v1.AnswerStrategy;
import dev.ltl.proto.vlm.v1.OptionScore;
import dev.ltl.vlm.api.AnswerRequestValidator.ValidAnswerRequest;
import dev.ltl.vlm.domain.answer.AnswerResult;
import dev.ltl.vlm.domain.answer.ImageCost;
import java.util.UUID;

/**
 * Builds the AnswerResponse of one request from the model's result, with the Accounting envelope.
 *
 * <p>Timings: {@code queue_us} = wait for an answer slot; {@code preprocess_us} = decoding the images here
 * plus the model's own preprocessing (resize, patchify; for HTTP backends, encoding the images);
 * {@code inference_us} = the rest of the model call (vision encoder, prefill, decode, or the HTTP round
 * trip); {@code postprocess_us} = building this response. They add up to {@code total_us} (up to rounding).
 * Tokens: per image its index (video seconds expanded), requested resolution (0 for a pixel budget), the
 * size the model saw and its vision tokens; {@code text_prompt_tokens} = prompt tokens − vision tokens.
 */
final class AnswerResponseAssembler {
    private final AnswerRequest request;
    private final ValidAnswerRequest valid;
    private final AnswerResult result;
    private final long receivedNanos;
    private final long startedNanos;
    private final long decodedNanos;
    private final long answeredNanos;

    AnswerResponseAssembler(AnswerRequest request, ValidAnswerRequest valid, AnswerResult result, long receivedNanos,
                            long startedNanos, long decodedNanos, long answeredNanos) {
        this.request = request;
        this.valid = valid;
        this.result = result;
        this.receivedNanos = receivedNanos;
        this.startedNanos = startedNanos;
        this.decodedNanos = decodedNanos;
        this.answeredNanos = answeredNanos;
    }

    AnswerResponse assemble() {
        dev.ltl.vlm.domain.answer.AnswerStats stats = result.stats();
        AnswerResponse.Builder response = AnswerResponse.newBuilder()
                .setRequestId(request.getRequestId())
                .setModel(result.modelId())
                .setStrategy(strategy(valid))
                .setChosenIndex(result.chosenIndex())
                .setChosenLetter(result.chosenLetter())
                .setInvalid(result.invalid())
                .setGeneratedText(result.generatedText())
                .setStats(AnswerStats.newBuilder()
                        .setForwardPasses(stats.forwardPasses())
                        .setPromptTokens(stats.promptTokens())
                        .setGeneratedTokens(stats.generatedTokens())
                        .setVisionTokens(stats.visionTokens())
                        .setPreprocessUs(stats.preprocessMicros())
                        .setVisionEncoderUs(stats.visionEncoderMicros())
                        .setPrefillUs(stats.prefillMicros())
                        .setDecodeUs(stats.decodeMicros())
                        .setKvCacheBytes(stats.kvCacheBytes()));
        for (int i = 0; i < result.optionLogProbs().size(); i++) {
            response.addOptionScores(OptionScore.newBuilder().setLetter(String.valueOf((char) ('A' + i)))
                    .setLogProb(result.optionLogProbs().get(i)));
        }
        TokenUsage.Builder tokens = TokenUsage.newBuilder()
                .setVisionTokens(stats.visionTokens())
                .setTextPromptTokens(Math.max(0, stats.promptTokens() - stats.visionTokens()))
                .setGeneratedTokens(stats.generatedTokens());
        for (ImageCost image : result.images()) {
            tokens.addImages(ImageTokens.newBuilder().setIndex(image.index()).setResolution(image.requestedResolution())
                    .setWidth(image.resizedWidth()).setHeight(image.resizedHeight()).setTokens(image.visionTokens()));
        }
        long modelPreprocessNanos = Math.min(stats.preprocessMicros() * 1_000, answeredNanos - decodedNanos);
        long endNanos = System.nanoTime();
        Timings timings = Timings.newBuilder()
                .setQueueUs(micros(startedNanos - receivedNanos))
                .setPreprocessUs(micros(decodedNanos - startedNanos + modelPreprocessNanos))
                .setInferenceUs(micros(answeredNanos - decodedNanos - modelPreprocessNanos))
                .setPostprocessUs(micros(endNanos - answeredNanos))
                .setTotalUs(micros(endNanos - receivedNanos))
                .build();
        response.setAccounting(Accounting.newBuilder()
                .setService(EmbedResponseAssembler.SERVICE)
                .setRequestId(request.getRequestId().isBlank() ? UUID.randomUUID().toString() : request.getRequestId())
                .setModel(result.modelId())
                .setDevice(result.device())
                .setBatchSize(1)
                .setTimings(timings)
                .setTokens(tokens));
        return response.build();
    }

    private static AnswerStrategy strategy(ValidAnswerRequest valid) {
        return switch (valid.strategy()) {
            case LETTER_LIKELIHOOD -> AnswerStrategy.ANSWER_STRATEGY_LETTER_LIKELIHOOD;
            case PER_OPTION_LIKELIHOOD -> AnswerStrategy.ANSWER_STRATEGY_PER_OPTION_LIKELIHOOD;
            case GENERATE -> AnswerStrategy.ANSWER_STRATEGY_GENERATE;
        };
    }

    private static long micros(long nanos) {
        return Math.max(0, nanos / 1_000);
    }
}

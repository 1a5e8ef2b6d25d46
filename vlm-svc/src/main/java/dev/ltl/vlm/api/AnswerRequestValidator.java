package dev.ltl.vlm.api;

import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.proto.vlm.v1.AnswerImage;
import dev.ltl.proto.vlm.v1.AnswerRequest;
import dev.ltl.vlm.domain.answer.AnswerEngine;
import dev.ltl.vlm.domain.answer.AnswerQuery;
import dev.ltl.vlm.domain.answer.AnswerStrategy;
import dev.ltl.vlm.domain.answer.ImageSize;
import dev.ltl.vlm.domain.answer.PromptFormat;
import dev.ltl.vlm.infra.AnswerModels;
import dev.ltl.vlm.infra.ImageSourceLoader;
import dev.ltl.vlm.infra.ServedAnswerModel;
import dev.ltl.vlm.infra.VlmConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an {@link AnswerRequest} before any image is decoded. Every rejection names the field at fault:
 * blank model / question, bad option counts, bad image sizes → INVALID_ARGUMENT; unknown model → NOT_FOUND;
 * model not loaded → FAILED_PRECONDITION; more images than allowed → RESOURCE_EXHAUSTED.
 */
@ApplicationScoped
public class AnswerRequestValidator {
    /** GENERATE's max_new_tokens when the request leaves it 0 (the reference's limit). */
    static final int DEFAULT_MAX_NEW_TOKENS = 32;
    /** Largest max_new_tokens accepted: a multiple-choice answer needs a few tokens, not an essay. */
    static final int MAX_NEW_TOKENS_LIMIT = 1024;

    private final AnswerModels models;
    private final VlmConfig config;

    public AnswerRequestValidator(AnswerModels models, VlmConfig config) {
        this.models = models;
        this.config = config;
    }

    /** A request that passed validation, in domain terms; {@code sizes} has one entry per request image. */
    public record ValidAnswerRequest(ServedAnswerModel model, AnswerEngine engine, AnswerStrategy strategy,
                                     int maxNewTokens, PromptFormat format, String instruction,
                                     List<ImageSize> sizes) {
    }

    public ValidAnswerRequest validate(AnswerRequest request) {
        ServedAnswerModel model = servedModel(request);
        if (request.getQuestion().isBlank()) {
            throw GrpcErrors.invalidArgument("question", "question is empty: give the question text");
        }
        AnswerStrategy strategy = strategy(request);
        checkOptions(request, strategy);
        int maxNewTokens = request.getMaxNewTokens() == 0 ? DEFAULT_MAX_NEW_TOKENS : request.getMaxNewTokens();
        if (maxNewTokens < 1 || maxNewTokens > MAX_NEW_TOKENS_LIMIT) {
            throw GrpcErrors.invalidArgument("max_new_tokens", "max_new_tokens must be in [0, " + MAX_NEW_TOKENS_LIMIT
                    + "] (0 = " + DEFAULT_MAX_NEW_TOKENS + "), got " + request.getMaxNewTokens());
        }
        List<ImageSize> sizes = new ArrayList<>(request.getImagesCount());
        long images = 0;
        for (int i = 0; i < request.getImagesCount(); i++) {
            sizes.add(size(request.getImages(i), i));
            images += ImageSourceLoader.imageCount(request.getImages(i).getSource());
        }
        if (images > config.answer().maxImages()) {
            throw GrpcErrors.resourceExhausted("images", "request carries " + images + " images; at most "
                    + config.answer().maxImages() + " per question");
        }
        String instruction = request.getInstruction().isBlank() ? null : request.getInstruction();
        return new ValidAnswerRequest(model, model.engine().orElseThrow(), strategy, maxNewTokens, format(request),
                instruction, sizes);
    }

    private ServedAnswerModel servedModel(AnswerRequest request) {
        List<String> served = models.all().stream().map(ServedAnswerModel::id).toList();
        if (request.getModel().isBlank()) {
            throw GrpcErrors.invalidArgument("model", "model is required; VLMs served: " + served);
        }
        ServedAnswerModel model = models.find(request.getModel(), request.getModelVersion()).orElseThrow(() ->
                GrpcErrors.notFound("model", "VLM '" + request.getModel()
                        + (request.getModelVersion().isBlank() ? "" : "@" + request.getModelVersion())
                        + "' is not served here; VLMs served: " + served));
        if (!model.ready()) {
            throw GrpcErrors.failedPrecondition("model", "VLM " + model.id() + " is not loaded ("
                    + model.status().getState().name() + "): " + model.status().getMessage());
        }
        return model;
    }

    private static AnswerStrategy strategy(AnswerRequest request) {
        return switch (request.getStrategy()) {
            case ANSWER_STRATEGY_UNSPECIFIED, ANSWER_STRATEGY_LETTER_LIKELIHOOD -> AnswerStrategy.LETTER_LIKELIHOOD;
            case ANSWER_STRATEGY_PER_OPTION_LIKELIHOOD -> AnswerStrategy.PER_OPTION_LIKELIHOOD;
            case ANSWER_STRATEGY_GENERATE -> AnswerStrategy.GENERATE;
            case UNRECOGNIZED -> throw GrpcErrors.invalidArgument("strategy", "unknown strategy value "
                    + request.getStrategyValue());
        };
    }

    private static PromptFormat format(AnswerRequest request) {
        return switch (request.getPromptFormat()) {
            case PROMPT_FORMAT_UNSPECIFIED -> PromptFormat.DEFAULT;
            case PROMPT_FORMAT_CHAT_TEMPLATE -> PromptFormat.CHAT_TEMPLATE;
            case PROMPT_FORMAT_RAW -> PromptFormat.RAW;
            case UNRECOGNIZED -> throw GrpcErrors.invalidArgument("prompt_format", "unknown prompt_format value "
                    + request.getPromptFormatValue());
        };
    }

    private static void checkOptions(AnswerRequest request, AnswerStrategy strategy) {
        int count = request.getOptionsCount();
        if (count > AnswerQuery.MAX_OPTIONS) {
            throw GrpcErrors.invalidArgument("options", "at most " + AnswerQuery.MAX_OPTIONS
                    + " options (one per letter A-Z), got " + count);
        }
        if (strategy != AnswerStrategy.GENERATE && count < 2) {
            throw GrpcErrors.invalidArgument("options", strategy.name().toLowerCase(java.util.Locale.ROOT)
                    + " compares options and needs at least 2, got " + count);
        }
        for (int i = 0; i < count; i++) {
            if (request.getOptions(i).isBlank()) {
                throw GrpcErrors.invalidArgument("options[" + i + "]", "options[" + i + "] is empty");
            }
        }
    }

    /**
     * [AMBIG] Odd sizes are rejected: Qwen-style models resize to multiples of 28 (or 32) anyway, and every
     * resolution the reference uses is even, so an odd value is almost certainly a caller's mistake.
     */
    private ImageSize size(AnswerImage image, int index) {
        String field = "images[" + index + "]";
        return switch (image.getSizeCase()) {
            case RESOLUTION -> {
                int r = image.getResolution();
                if (r < 2 || r > config.maxResolution() || r % 2 != 0) {
                    throw GrpcErrors.invalidArgument(field + ".resolution", field + ".resolution must be an even "
                            + "side in [2, " + config.maxResolution() + "], got " + r);
                }
                yield ImageSize.square(r);
            }
            case MAX_PIXELS -> {
                long pixels = image.getMaxPixels();
                long most = (long) config.maxResolution() * config.maxResolution();
                if (pixels < 2 || pixels > most || pixels % 2 != 0) {
                    throw GrpcErrors.invalidArgument(field + ".max_pixels", field + ".max_pixels must be an even "
                            + "pixel count in [2, " + most + "], got " + pixels);
                }
                yield ImageSize.pixelBudget(pixels);
            }
            case SIZE_NOT_SET -> throw GrpcErrors.invalidArgument(field, field
                    + " has no size: set resolution (square side) or max_pixels (pixel budget)");
        };
    }
}

package dev.ltl.vlm.api;

import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.proto.vlm.v1.EmbedRequest;
import dev.ltl.proto.vlm.v1.ImageSource;
import dev.ltl.vlm.domain.EmbeddingEngine;
import dev.ltl.vlm.domain.TokenRule;
import dev.ltl.vlm.infra.ImageSourceLoader;
import dev.ltl.vlm.infra.ServedModel;
import dev.ltl.vlm.infra.VlmConfig;
import dev.ltl.vlm.infra.VlmModels;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an {@link EmbedRequest} before anything is decoded. Every rejection names the field at fault:
 * unknown model → NOT_FOUND, model not loaded → FAILED_PRECONDITION, bad resolutions or empty lists →
 * INVALID_ARGUMENT, more images × resolutions than allowed → RESOURCE_EXHAUSTED.
 */
@ApplicationScoped
public class EmbedRequestValidator {
    private final VlmModels models;
    private final VlmConfig config;

    public EmbedRequestValidator(VlmModels models, VlmConfig config) {
        this.models = models;
        this.config = config;
    }

    /** A request that passed validation: the engine to use and the resolutions in request order. */
    public record ValidEmbedRequest(ServedModel model, EmbeddingEngine engine, List<Integer> resolutions) {
    }

    public ValidEmbedRequest validate(EmbedRequest request) {
        ServedModel model = servedModel(request);
        EmbeddingEngine engine = model.engine().orElseThrow();
        if (request.getImagesCount() == 0) {
            throw GrpcErrors.invalidArgument("images", "images is empty: give at least one image or video");
        }
        List<Integer> resolutions = checkedResolutions(request.getResolutionsList(), engine.spec().tokens());
        long images = 0;
        for (ImageSource source : request.getImagesList()) {
            images += ImageSourceLoader.imageCount(source);
        }
        long embeddings = images * resolutions.size();
        if (embeddings > config.maxEmbeddingsPerRequest()) {
            throw GrpcErrors.resourceExhausted("images", "request asks for " + images + " images x "
                    + resolutions.size() + " resolutions = " + embeddings + " embeddings; at most "
                    + config.maxEmbeddingsPerRequest() + " per request (split it or use EmbedStream)");
        }
        return new ValidEmbedRequest(model, engine, resolutions);
    }

    private ServedModel servedModel(EmbedRequest request) {
        List<String> served = models.all().stream().map(ServedModel::id).toList();
        if (request.getModel().isBlank()) {
            throw GrpcErrors.invalidArgument("model", "model is required; served: " + served);
        }
        ServedModel model = models.find(request.getModel(), request.getModelVersion()).orElseThrow(() ->
                GrpcErrors.notFound("model", "model '" + request.getModel()
                        + (request.getModelVersion().isBlank() ? "" : "@" + request.getModelVersion())
                        + "' is not served here; served: " + served));
        if (!model.ready()) {
            throw GrpcErrors.failedPrecondition("model", "model " + model.id() + " is not loaded ("
                    + model.status().getState().name() + "): " + model.status().getMessage());
        }
        return model;
    }

    /**
     * [AMBIG] A resolution listed twice would only duplicate work and output rows; we reject it instead of
     * silently de-duplicating, so the response always has exactly one row per (image, listed r).
     */
    private List<Integer> checkedResolutions(List<Integer> resolutions, TokenRule tokens) {
        if (resolutions.isEmpty()) {
            throw GrpcErrors.invalidArgument("resolutions", "resolutions is empty: give at least one r, e.g. 224");
        }
        Set<Integer> seen = new HashSet<>();
        for (int j = 0; j < resolutions.size(); j++) {
            int r = resolutions.get(j);
            String field = "resolutions[" + j + "]";
            if (r < 1 || r > config.maxResolution()) {
                throw GrpcErrors.invalidArgument(field, field + " must be in [1, " + config.maxResolution() + "], got " + r);
            }
            if (!tokens.accepts(r)) {
                throw GrpcErrors.invalidArgument(field, field + " = " + r + " is not a multiple of the model's patch size "
                        + tokens.patchSize() + " (tokens = (r/" + tokens.patchSize() + ")^2)");
            }
            if (!seen.add(r)) {
                throw GrpcErrors.invalidArgument(field, field + " = " + r + " is listed twice");
            }
        }
        return List.copyOf(resolutions);
    }
}

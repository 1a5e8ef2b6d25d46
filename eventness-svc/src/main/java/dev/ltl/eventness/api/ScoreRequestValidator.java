package dev.ltl.eventness.api;

import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.common.media.DecodeOptions;
import dev.ltl.eventness.infra.EventnessConfig;
import dev.ltl.eventness.infra.MethodCatalog;
import dev.ltl.eventness.infra.ScoringMethod;
import dev.ltl.proto.eventness.v1.ScoreRequest;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks a {@link ScoreRequest} before any decoding happens and turns it into the method to run and
 * the decode options. Every rejection names the request field at fault.
 */
@ApplicationScoped
public class ScoreRequestValidator {
    private final MethodCatalog catalog;
    private final EventnessConfig config;

    public ScoreRequestValidator(MethodCatalog catalog, EventnessConfig config) {
        this.catalog = catalog;
        this.config = config;
    }

    /** A request that passed validation. */
    public record ValidScoreRequest(ScoringMethod method, DecodeOptions decodeOptions) {
    }

    public ValidScoreRequest validate(ScoreRequest request) {
        if (request.getMethod().isBlank()) {
            throw GrpcErrors.invalidArgument("method", "method is required; one of " + catalog.names());
        }
        ScoringMethod method = catalog.find(request.getMethod()).orElseThrow(() -> GrpcErrors.invalidArgument(
                "method", "unknown method '" + request.getMethod() + "'; one of " + catalog.names()));
        if (!method.ready()) {
            String why = method.models().stream().map(m -> m.getName() + "@" + m.getVersion() + ": " + m.getMessage())
                    .reduce((a, b) -> a + "; " + b).orElse("");
            throw GrpcErrors.failedPrecondition("method",
                    "method '" + method.name() + "' is not ready (model not loaded): " + why);
        }
        int limit = config.maxSecondsLimit();
        checkRange("max_seconds", request.getMaxSeconds(), limit);
        checkRange("num_segments", request.getNumSegments(), limit);
        if (!request.hasMedia()) {
            throw GrpcErrors.invalidArgument("media", "media is required: set media.uri or media.pcm");
        }
        int maxSeconds = request.getMaxSeconds() == 0 ? config.defaultMaxSeconds() : request.getMaxSeconds();
        boolean frames = method.needsFrames();
        return new ValidScoreRequest(method, new DecodeOptions(maxSeconds, request.getNumSegments(), !frames, frames));
    }

    private static void checkRange(String field, int value, int limit) {
        if (value < 0) {
            throw GrpcErrors.invalidArgument(field, field + " must be >= 0, got " + value);
        }
        if (value > limit) {
            throw GrpcErrors.invalidArgument(field, field + " must be <= " + limit + ", got " + value);
        }
    }
}

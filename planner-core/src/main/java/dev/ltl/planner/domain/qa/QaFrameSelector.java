package dev.ltl.planner.domain.qa;

import dev.ltl.planner.domain.InvalidInputException;
import dev.ltl.planner.domain.MissingInputException;

/**
 * Validates a {@link QaSelectionRequest} and runs its method. Errors name the request field:
 * {@link InvalidInputException} for bad values (negative budget, non-finite or mis-sized vectors)
 * and {@link MissingInputException} for a vector the method needs but the request lacks.
 * Stateless and thread-safe.
 */
public final class QaFrameSelector {

    public QaSelectionResult select(QaSelectionRequest request) {
        QaMethod method = request.method();
        int budget = budget(request);
        for (QaInput input : QaInput.values()) {
            requireFinite(input.field(), request.vector(input));
        }
        int seconds = seconds(request);
        for (QaInput input : method.requiredInputs()) {
            if (request.vector(input).length == 0) {
                throw new MissingInputException(input.field(), "method " + method.wireName() + " needs "
                        + input.field() + " (one value per second)");
            }
        }
        if ((method == QaMethod.UNIFORM || method == QaMethod.RANDOM) && seconds == 0) {
            throw new InvalidInputException("num_seconds", "method " + method.wireName()
                    + " needs the video length: give num_seconds or a per-second vector");
        }
        long seed = request.itemSeedKey() == null || request.itemSeedKey().isEmpty() ? request.seed()
                : ItemSeeds.perItemSeed(request.seed(), request.itemSeedKey());
        return new QaSelectionResult(method, seconds, seed, run(request, seconds, budget, seed));
    }

    private static QaSelection run(QaSelectionRequest request, int seconds, int budget, long seed) {
        return switch (request.method()) {
            case UNIFORM -> QaSelectors.uniformSelection(seconds, budget);
            case RANDOM -> QaSelectors.random(seconds, budget, seed);
            case TEXT_ONLY -> QaSelectors.textOnly();
            case AUDIO -> QaSelectors.audio(request.vector(QaInput.AUDIO_SCORES), budget);
            case CHEAP_VISUAL -> QaSelectors.cheapVisual(request.vector(QaInput.VISUAL_SCORES), budget);
            case FUSED -> QaSelectors.fused(request.vector(QaInput.AUDIO_SCORES),
                    request.vector(QaInput.VISUAL_SCORES), budget);
            case QL2L_CLAP, QL2L_ASR_BM25, QL2L_CLIP, QL2L_TEXT -> QaSelectors.queryAware(
                    request.vector(QaInput.AUDIO_SCORES), request.vector(QaInput.VISUAL_SCORES),
                    request.vector(QaInput.RELEVANCE), budget);
            case MIXTURE -> QaSelectors.mixture(request.vector(QaInput.SCORES), budget);
        };
    }

    private static int budget(QaSelectionRequest request) {
        Integer budget = request.budgetFrames();
        if (budget == null) {
            if (request.method().needsBudget()) {
                throw new InvalidInputException("budget_frames", "budget_frames is required for method "
                        + request.method().wireName());
            }
            return 0;
        }
        if (budget < 0) {
            throw new InvalidInputException("budget_frames", "budget_frames must be >= 0, got " + budget);
        }
        return budget;
    }

    /**
     * T: num_seconds when given, else the length of the first non-empty vector. Every vector given
     * must have exactly T values, whether or not the method reads it, so a mix-up shows.
     */
    private static int seconds(QaSelectionRequest request) {
        if (request.numSeconds() < 0) {
            throw new InvalidInputException("num_seconds", "num_seconds must be >= 0, got " + request.numSeconds());
        }
        int seconds = request.numSeconds();
        String source = "num_seconds";
        for (QaInput input : QaInput.values()) {
            int length = request.vector(input).length;
            if (length == 0) {
                continue;
            }
            if (seconds == 0) {
                seconds = length;
                source = input.field();
            } else if (length != seconds) {
                throw new InvalidInputException(input.field(), input.field() + " has " + length
                        + " values; expected " + seconds + " (from " + source + ")");
            }
        }
        return seconds;
    }

    private static void requireFinite(String field, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new InvalidInputException(field, field + "[" + i + "] is " + values[i]
                        + "; every value must be finite");
            }
        }
    }
}

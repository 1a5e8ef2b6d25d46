package dev.ltl.eval.data;

import java.util.function.Predicate;

/**
 * How {@link AveDataset#load} builds the split id lists.
 *
 * @param allowMissing   keep only ids whose media exists and report the others as skipped (the reference's
 *                       {@code --allow-missing}); when false, an id without media is an error
 * @param limitTrain     keep at most this many train ids (after deduplication, before the media check); 0 = all
 * @param limitVal       the same for val (the reference uses 402)
 * @param limitTest      the same for test
 * @param mediaAvailable whether an id has usable media, e.g. "its cache entry exists"; null means "its video
 *                       exists under the videos directory", and no check at all when no videos directory is given
 */
public record AveLoadOptions(boolean allowMissing, int limitTrain, int limitVal, int limitTest,
                             Predicate<String> mediaAvailable) {

    public AveLoadOptions {
        if (limitTrain < 0 || limitVal < 0 || limitTest < 0) {
            throw new IllegalArgumentException("limits must be >= 0 (0 = no limit)");
        }
    }

    /** Every id, no limits, media required when a videos directory is given. */
    public static AveLoadOptions defaults() {
        return new AveLoadOptions(false, 0, 0, 0, null);
    }

    /** These options with {@code --allow-missing} set as given. */
    public AveLoadOptions withAllowMissing(boolean allow) {
        return new AveLoadOptions(allow, limitTrain, limitVal, limitTest, mediaAvailable);
    }

    /** These options with per-split limits (0 = no limit). */
    public AveLoadOptions withLimits(int train, int val, int test) {
        return new AveLoadOptions(allowMissing, train, val, test, mediaAvailable);
    }

    /** These options with a custom media check, e.g. {@code id -> cache.containsAll(id, resolutions)}. */
    public AveLoadOptions withMediaAvailable(Predicate<String> check) {
        return new AveLoadOptions(allowMissing, limitTrain, limitVal, limitTest, check);
    }

    int limit(AveSplit split) {
        return switch (split) {
            case TRAIN -> limitTrain;
            case VAL -> limitVal;
            case TEST -> limitTest;
        };
    }
}

package dev.ltl.eval.simulate.epic;

import dev.ltl.eval.simulate.SceneStyle;
import java.util.List;

/**
 * What {@link SimulatedEpic} generates.
 *
 * @param numTrain    train videos
 * @param numVal      val videos
 * @param minSeconds  shortest video (≥ 10)
 * @param maxSeconds  longest video (≤ 600)
 * @param minSegments fewest labelled sound segments per video (≥ 1)
 * @param maxSegments most segments per video (≤ classes; each video's segments have distinct classes)
 * @param classes     sound classes, named by {@link #CLASS_NAMES} (2..8)
 * @param seed        seed of everything random
 * @param frameSize   square frame size in pixels, even, 128..1080
 * @param noiseLevel  standard deviation of the audio noise floor (full scale 1), 0..0.5
 */
public record SimulatedEpicSpec(int numTrain, int numVal, int minSeconds, int maxSeconds, int minSegments,
                                int maxSegments, int classes, long seed, int frameSize, double noiseLevel) {

    /** EPIC-SOUNDS-like class names (class_id = index). */
    public static final List<String> CLASS_NAMES = List.of("water", "scrub / scrape", "open / close", "cut / chop",
            "rustle", "metal-only collision", "stir / mix / whisk", "footstep");
    /** Shortest and longest segment, in seconds. */
    public static final int MIN_SEGMENT_SECONDS = 2;
    public static final int MAX_SEGMENT_SECONDS = 6;

    public SimulatedEpicSpec {
        require(numTrain >= 1 && numVal >= 1, "need at least one train and one val video");
        require(minSeconds >= 10 && maxSeconds <= 600 && minSeconds <= maxSeconds,
                "need 10 <= minSeconds <= maxSeconds <= 600, got " + minSeconds + ".." + maxSeconds);
        require(classes >= 2 && classes <= CLASS_NAMES.size(), "classes must be in [2, " + CLASS_NAMES.size() + "]");
        require(minSegments >= 1 && minSegments <= maxSegments && maxSegments <= classes,
                "need 1 <= minSegments <= maxSegments <= classes, got " + minSegments + ".." + maxSegments);
        // Each segment lives in its own slot of seconds / segments with a quiet second on both sides.
        require(minSeconds / maxSegments >= MIN_SEGMENT_SECONDS + 2,
                "minSeconds / maxSegments must leave room for a " + MIN_SEGMENT_SECONDS + " s segment plus 2 s");
        require(frameSize >= 128 && frameSize <= 1080 && frameSize % 2 == 0, "frameSize must be even, 128..1080");
        require(noiseLevel >= 0 && noiseLevel <= 0.5, "noiseLevel must be in [0, 0.5]");
    }

    /** 24 train and 12 val videos of 30–60 s, 2–4 segments each, 6 classes, 224 px, noise 0.01, seed 0. */
    public static SimulatedEpicSpec defaults() {
        return new SimulatedEpicSpec(24, 12, 30, 60, 2, 4, 6, 0, 224, 0.01);
    }

    public SimulatedEpicSpec withVideos(int train, int val) {
        return new SimulatedEpicSpec(train, val, minSeconds, maxSeconds, minSegments, maxSegments, classes, seed,
                frameSize, noiseLevel);
    }

    public SimulatedEpicSpec withSeconds(int min, int max) {
        return new SimulatedEpicSpec(numTrain, numVal, min, max, minSegments, maxSegments, classes, seed, frameSize,
                noiseLevel);
    }

    public SimulatedEpicSpec withSeed(long s) {
        return new SimulatedEpicSpec(numTrain, numVal, minSeconds, maxSeconds, minSegments, maxSegments, classes, s,
                frameSize, noiseLevel);
    }

    /** The AVE simulator's look scaled to the frame: patch 5/28 of it on a card 1.8× as wide, 2 fps, quantiser 3. */
    public SceneStyle sceneStyle() {
        int patch = Math.max(16, frameSize * 5 / 28 / 2 * 2);
        int card = Math.min(frameSize / 2, patch * 9 / 5);
        return new SceneStyle(frameSize, patch, card, 4, 8, 6, 2, 3);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}

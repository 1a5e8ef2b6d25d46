package dev.ltl.eval.simulate.qa;

import dev.ltl.eval.simulate.SceneStyle;
import java.util.List;

/**
 * What {@link SimulatedQa} generates: long clips with a few audio-visual events each and multiple-choice
 * questions about them.
 *
 * @param numVideos             videos to write
 * @param seconds               length of every video, 10..600
 * @param eventsPerVideo        events per video, each of a different class, in separate slots of the timeline
 * @param optionsPerQuestion    options per question (4 or 5 in the reference datasets), 2..classes
 * @param questionsPerVideo     questions per video; they cycle over the events and alternate the two types
 * @param seed                  seed of everything random
 * @param frameSize             square frame size in pixels, even, 128..1080 (224 keeps files small)
 * @param classes               event classes, named by {@link #CLASS_NAMES}, max(eventsPerVideo, options)..8
 * @param noiseLevel            standard deviation of the background noise (full scale 1), 0..0.5
 * @param distractorProbability chance of a distractor sound in each non-event second
 * @param minEventSeconds       shortest event
 * @param maxEventSeconds       longest event; a slot (seconds / eventsPerVideo) must hold it plus a second each side
 *
 * <p>Every {@code with…} copy is validated, so when shrinking a chain must stay valid at each step (e.g. set
 * fewer events before fewer seconds), or use the constructor.
 */
public record SimulatedQaSpec(int numVideos, int seconds, int eventsPerVideo, int optionsPerQuestion,
                              int questionsPerVideo, long seed, int frameSize, int classes, double noiseLevel,
                              double distractorProbability, int minEventSeconds, int maxEventSeconds) {

    /** Class names: what the transcript says during an event and what the options name. */
    public static final List<String> CLASS_NAMES =
            List.of("bell", "drum", "flute", "horn", "siren", "whistle", "violin", "trumpet");

    public SimulatedQaSpec {
        require(numVideos >= 1, "numVideos must be >= 1, got " + numVideos);
        require(seconds >= 10 && seconds <= 600, "seconds must be in [10, 600], got " + seconds);
        require(eventsPerVideo >= 1, "eventsPerVideo must be >= 1, got " + eventsPerVideo);
        require(questionsPerVideo >= 1, "questionsPerVideo must be >= 1, got " + questionsPerVideo);
        require(frameSize >= 128 && frameSize <= 1080 && frameSize % 2 == 0,
                "frameSize must be even and in [128, 1080], got " + frameSize);
        require(classes <= CLASS_NAMES.size() && classes >= Math.max(eventsPerVideo, optionsPerQuestion),
                "classes must be in [max(eventsPerVideo, optionsPerQuestion), " + CLASS_NAMES.size() + "], got "
                        + classes);
        require(optionsPerQuestion >= 2, "optionsPerQuestion must be >= 2, got " + optionsPerQuestion);
        require(noiseLevel >= 0 && noiseLevel <= 0.5, "noiseLevel must be in [0, 0.5], got " + noiseLevel);
        require(distractorProbability >= 0 && distractorProbability <= 1,
                "distractorProbability must be in [0, 1], got " + distractorProbability);
        require(minEventSeconds >= 1 && maxEventSeconds >= minEventSeconds,
                "need 1 <= minEventSeconds <= maxEventSeconds, got " + minEventSeconds + ".." + maxEventSeconds);
        require(seconds / eventsPerVideo >= maxEventSeconds + 2, "a slot of seconds / eventsPerVideo = "
                + seconds / eventsPerVideo + " s must hold the longest event (" + maxEventSeconds + " s) plus 2 s");
    }

    /**
     * 12 videos of 90 s, 3 events each (2–5 s), 4 questions per video with 4 options, 224 px frames, 6 classes,
     * noise 0.01, distractor sounds in 10 % of the other seconds, seed 0.
     */
    public static SimulatedQaSpec defaults() {
        return new SimulatedQaSpec(12, 90, 3, 4, 4, 0, 224, 6, 0.01, 0.10, 2, 5);
    }

    public SimulatedQaSpec withVideos(int n) {
        return new SimulatedQaSpec(n, seconds, eventsPerVideo, optionsPerQuestion, questionsPerVideo, seed, frameSize,
                classes, noiseLevel, distractorProbability, minEventSeconds, maxEventSeconds);
    }

    public SimulatedQaSpec withSeconds(int s) {
        return new SimulatedQaSpec(numVideos, s, eventsPerVideo, optionsPerQuestion, questionsPerVideo, seed,
                frameSize, classes, noiseLevel, distractorProbability, minEventSeconds, maxEventSeconds);
    }

    public SimulatedQaSpec withEvents(int perVideo) {
        return new SimulatedQaSpec(numVideos, seconds, perVideo, optionsPerQuestion, questionsPerVideo, seed,
                frameSize, classes, noiseLevel, distractorProbability, minEventSeconds, maxEventSeconds);
    }

    public SimulatedQaSpec withQuestions(int perVideo) {
        return new SimulatedQaSpec(numVideos, seconds, eventsPerVideo, optionsPerQuestion, perVideo, seed,
                frameSize, classes, noiseLevel, distractorProbability, minEventSeconds, maxEventSeconds);
    }

    public SimulatedQaSpec withSeed(long s) {
        return new SimulatedQaSpec(numVideos, seconds, eventsPerVideo, optionsPerQuestion, questionsPerVideo, s,
                frameSize, classes, noiseLevel, distractorProbability, minEventSeconds, maxEventSeconds);
    }

    public SimulatedQaSpec withFrameSize(int px) {
        return new SimulatedQaSpec(numVideos, seconds, eventsPerVideo, optionsPerQuestion, questionsPerVideo, seed,
                px, classes, noiseLevel, distractorProbability, minEventSeconds, maxEventSeconds);
    }

    public SimulatedQaSpec withClasses(int n) {
        return new SimulatedQaSpec(numVideos, seconds, eventsPerVideo, optionsPerQuestion, questionsPerVideo, seed,
                frameSize, n, noiseLevel, distractorProbability, minEventSeconds, maxEventSeconds);
    }

    public SimulatedQaSpec withEventSeconds(int min, int max) {
        return new SimulatedQaSpec(numVideos, seconds, eventsPerVideo, optionsPerQuestion, questionsPerVideo, seed,
                frameSize, classes, noiseLevel, distractorProbability, min, max);
    }

    /**
     * The scene style for {@link #frameSize}: the AVE simulator's look scaled to the frame (a patch 5/28 of the
     * frame, i.e. 40 px at 224, on a card 1.8× as wide), 4–8 blobs, 6 px stripes, 2 fps (frames are sampled at
     * t + 0.5 s, so each second needs its own frame there) and quantiser 3.
     */
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

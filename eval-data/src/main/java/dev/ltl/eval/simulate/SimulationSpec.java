package dev.ltl.eval.simulate;

import java.util.Objects;

/**
 * Parameters of {@code ltl simulate ave}: a simulated AVE-format benchmark in which sounds mark the event seconds
 * and the event class is visible only in fine detail.
 *
 * @param clips                 number of 10 s clips, ≥ 1
 * @param seed                  everything is a deterministic function of the spec, seed included
 * @param classes               number of event classes, 1..28 (AVE has 28)
 * @param avOffsetSeconds       whole seconds by which the sounds lag (positive) or lead (negative) the visible
 *                              event; labels follow the visible event. Sounds shifted past either end are dropped
 * @param noiseLevel            standard deviation of the background audio noise (full scale 1), 0..0.5
 * @param distractorProbability chance that each second outside the sounding event carries a distractor sound
 *                              (noise burst or off-class tone), so loudness is an imperfect cue; 0..1
 * @param minEventSeconds       shortest event, 1..10
 * @param maxEventSeconds       longest event, minEventSeconds..10
 * @param trainFraction         share of clips in the train split (splits are contiguous: train, val, test)
 * @param valFraction           share in val
 * @param testFraction          share in test; the three fractions must sum to 1
 * @param scene                 how frames look and are encoded
 */
public record SimulationSpec(int clips, long seed, int classes, int avOffsetSeconds, double noiseLevel,
                             double distractorProbability, int minEventSeconds, int maxEventSeconds,
                             double trainFraction, double valFraction, double testFraction, SceneStyle scene) {

    /** Seconds per clip, the reference protocol's N. */
    public static final int SECONDS = 10;
    /** Most classes the sound and stripe signatures keep apart. */
    public static final int MAX_CLASSES = 28;

    public SimulationSpec {
        if (clips < 1) {
            throw new IllegalArgumentException("clips must be >= 1, got " + clips);
        }
        if (classes < 1 || classes > MAX_CLASSES) {
            throw new IllegalArgumentException("classes must be in [1, " + MAX_CLASSES + "], got " + classes);
        }
        if (Math.abs(avOffsetSeconds) >= SECONDS) {
            throw new IllegalArgumentException("avOffsetSeconds must be in (-10, 10), got " + avOffsetSeconds);
        }
        if (!(noiseLevel >= 0 && noiseLevel <= 0.5)) {
            throw new IllegalArgumentException("noiseLevel must be in [0, 0.5], got " + noiseLevel);
        }
        if (!(distractorProbability >= 0 && distractorProbability <= 1)) {
            throw new IllegalArgumentException("distractorProbability must be in [0, 1], got " + distractorProbability);
        }
        if (minEventSeconds < 1 || maxEventSeconds < minEventSeconds || maxEventSeconds > SECONDS) {
            throw new IllegalArgumentException("need 1 <= minEventSeconds <= maxEventSeconds <= 10, got "
                    + minEventSeconds + ".." + maxEventSeconds);
        }
        if (trainFraction < 0 || valFraction < 0 || testFraction < 0
                || Math.abs(trainFraction + valFraction + testFraction - 1) > 1e-9) {
            throw new IllegalArgumentException("split fractions must be >= 0 and sum to 1, got "
                    + trainFraction + "/" + valFraction + "/" + testFraction);
        }
        Objects.requireNonNull(scene, "scene");
    }

    /**
     * Defaults: 5 classes, no audio–visual offset, noise 0.01, distractor probability 0.15, events of 2–5 s,
     * splits 70/15/15, {@link SceneStyle#defaults()}.
     */
    public static SimulationSpec defaults(int clips, long seed) {
        return new SimulationSpec(clips, seed, 5, 0, 0.01, 0.15, 2, 5, 0.7, 0.15, 0.15, SceneStyle.defaults());
    }

    public SimulationSpec withClasses(int n) {
        return new SimulationSpec(clips, seed, n, avOffsetSeconds, noiseLevel, distractorProbability,
                minEventSeconds, maxEventSeconds, trainFraction, valFraction, testFraction, scene);
    }

    public SimulationSpec withAvOffsetSeconds(int offset) {
        return new SimulationSpec(clips, seed, classes, offset, noiseLevel, distractorProbability,
                minEventSeconds, maxEventSeconds, trainFraction, valFraction, testFraction, scene);
    }

    public SimulationSpec withNoiseLevel(double noise) {
        return new SimulationSpec(clips, seed, classes, avOffsetSeconds, noise, distractorProbability,
                minEventSeconds, maxEventSeconds, trainFraction, valFraction, testFraction, scene);
    }

    public SimulationSpec withDistractorProbability(double p) {
        return new SimulationSpec(clips, seed, classes, avOffsetSeconds, noiseLevel, p,
                minEventSeconds, maxEventSeconds, trainFraction, valFraction, testFraction, scene);
    }

    public SimulationSpec withEventSeconds(int min, int max) {
        return new SimulationSpec(clips, seed, classes, avOffsetSeconds, noiseLevel, distractorProbability,
                min, max, trainFraction, valFraction, testFraction, scene);
    }

    public SimulationSpec withSplitFractions(double train, double val, double test) {
        return new SimulationSpec(clips, seed, classes, avOffsetSeconds, noiseLevel, distractorProbability,
                minEventSeconds, maxEventSeconds, train, val, test, scene);
    }

    public SimulationSpec withScene(SceneStyle style) {
        return new SimulationSpec(clips, seed, classes, avOffsetSeconds, noiseLevel, distractorProbability,
                minEventSeconds, maxEventSeconds, trainFraction, valFraction, testFraction, style);
    }

    /**
     * Clips per split (train, val, test): largest-remainder rounding of the fractions, then every split with a
     * positive fraction gets at least one clip while there are clips to move, so tiny benchmarks still have all
     * three splits.
     */
    public int[] splitCounts() {
        double[] fractions = {trainFraction, valFraction, testFraction};
        int[] counts = new int[3];
        int assigned = 0;
        for (int i = 0; i < 3; i++) {
            counts[i] = (int) Math.floor(fractions[i] * clips);
            assigned += counts[i];
        }
        while (assigned < clips) { // largest remainder first, earlier split on ties
            int best = 0;
            double bestRemainder = -1;
            for (int i = 0; i < 3; i++) {
                double remainder = fractions[i] * clips - counts[i];
                if (remainder > bestRemainder + 1e-12) {
                    best = i;
                    bestRemainder = remainder;
                }
            }
            counts[best]++;
            assigned++;
        }
        for (int i = 0; i < 3; i++) {
            if (fractions[i] > 0 && counts[i] == 0) {
                int donor = counts[0] >= counts[1] && counts[0] >= counts[2] ? 0 : counts[1] >= counts[2] ? 1 : 2;
                if (counts[donor] > 1) {
                    counts[donor]--;
                    counts[i]++;
                }
            }
        }
        return counts;
    }
}

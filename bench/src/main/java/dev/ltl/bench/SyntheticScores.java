package dev.ltl.bench;

import java.util.SplittableRandom;

/**
 * Seeded Stage-1 score vectors shaped like per-second AudioSet eventness: a quiet background
 * level with jitter and, in most clips, one contiguous louder event segment.
 *
 * <p>Why this shape: a planner benchmark on uniform noise would send nearly every clip down the
 * gini gate's uniform fallback; event segments of random length make the pool mix gated clips,
 * adjacent and non-adjacent top-2 anchors, so every branch of the final winner is timed.
 */
public final class SyntheticScores {

    /** Share of clips that carry an event segment. */
    static final double EVENT_PROBABILITY = 0.75;

    private SyntheticScores() {
    }

    /**
     * {@code count} score vectors of {@code seconds} values in [0, 1]; the same seed gives the same vectors.
     */
    public static double[][] clips(long seed, int count, int seconds) {
        if (count < 1 || seconds < 1) {
            throw new IllegalArgumentException("count and seconds must be >= 1, got " + count + ", " + seconds);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[][] clips = new double[count][];
        for (int i = 0; i < count; i++) {
            clips[i] = clip(random, seconds);
        }
        return clips;
    }

    private static double[] clip(SplittableRandom random, int seconds) {
        double background = random.nextDouble(0.05, 0.35);
        double[] scores = new double[seconds];
        for (int t = 0; t < seconds; t++) {
            scores[t] = background + 0.05 * gaussian(random);
        }
        if (random.nextDouble() < EVENT_PROBABILITY) {
            int start = random.nextInt(seconds);
            int length = 1 + random.nextInt(seconds - start);
            double level = random.nextDouble(0.4, 0.95);
            for (int t = start; t < start + length; t++) {
                scores[t] = level + 0.08 * gaussian(random);
            }
        }
        for (int t = 0; t < seconds; t++) {
            scores[t] = Math.min(1.0, Math.max(0.0, scores[t]));
        }
        return scores;
    }

    /** Standard normal by Box–Muller (SplittableRandom has no nextGaussian on Java 17). */
    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble(); // (0, 1]: keeps the log finite
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}

package dev.ltl.eval.analysis;

import java.util.SplittableRandom;

/**
 * The random draws the degradations need. [AMBIG §5.10] The reference uses numpy's PCG64 with
 * its own normal and integer algorithms; a Java port matches only in distribution, so this uses
 * a {@link SplittableRandom} seeded with the reference's per-condition seed and consumed
 * sequentially over the eval clips, as the reference consumes its generator.
 */
public final class DegradationRandom {
    private final SplittableRandom random;
    private double spareGaussian = Double.NaN;

    /** A generator for one condition (seed = {@link DegradationCondition#seed()}). */
    public DegradationRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A standard normal draw (Marsaglia polar method). */
    public double nextGaussian() {
        if (!Double.isNaN(spareGaussian)) {
            double g = spareGaussian;
            spareGaussian = Double.NaN;
            return g;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * m;
        return u * m;
    }

    /** A uniform integer in [lo, hi], both inclusive. */
    public long nextLongInclusive(long lo, long hi) {
        return lo + random.nextLong(hi - lo + 1);
    }

    /** A uniform double in [0, 1). */
    public double nextUniform() {
        return random.nextDouble();
    }
}

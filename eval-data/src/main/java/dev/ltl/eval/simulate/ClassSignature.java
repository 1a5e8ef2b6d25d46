package dev.ltl.eval.simulate;

import dev.ltl.common.media.SyntheticClip;

/**
 * What identifies event class k (0-based) to the eye and to the ear.
 *
 * <p>Visual: stripes at one of {@value #ORIENTATIONS} orientations (180°/G apart, G = min(K, 6)); classes beyond
 * the first G repeat the orientations with a period 3 px longer per group. With the default 6 px period a 448 px
 * frame shows the stripes, a 224 px frame only barely (3 px) and a 112 px frame not at all (1.5 px, beyond
 * Nyquist): that is what makes resolution matter.
 *
 * <p>Audio: even classes sound a tone, odd classes an upward chirp to 1.5× their frequency; frequencies are spaced
 * geometrically from 200 Hz to 4.5 kHz, so a chirp stays below the 8 kHz Nyquist of 16 kHz audio.
 *
 * @param orientationDeg stripe direction in degrees, 0 ≤ θ &lt; 180
 * @param periodPx       stripe period in pixels (one light plus one dark stripe)
 * @param sound          the class's sound
 */
public record ClassSignature(double orientationDeg, double periodPx, SyntheticClip.Sound sound) {

    /** Most distinct orientations used. */
    public static final int ORIENTATIONS = 6;
    private static final double LOW_HZ = 200;
    private static final double HIGH_HZ = 4500;

    /** The signature of class {@code k} (0-based) among {@code classes}, with the scene's base stripe period. */
    public static ClassSignature of(int k, int classes, int basePeriodPx) {
        if (k < 0 || k >= classes) {
            throw new IllegalArgumentException("class " + k + " out of [0, " + classes + ")");
        }
        int groupSize = Math.min(classes, ORIENTATIONS);
        double orientation = (k % groupSize) * 180.0 / groupSize;
        double period = basePeriodPx + 3.0 * (k / groupSize);
        double hz = classes == 1 ? 440 : LOW_HZ * Math.pow(HIGH_HZ / LOW_HZ, k / (double) (classes - 1));
        SyntheticClip.Sound sound = k % 2 == 0 ? new SyntheticClip.Tone(hz) : new SyntheticClip.Chirp(hz, 1.5 * hz);
        return new ClassSignature(orientation, period, sound);
    }
}

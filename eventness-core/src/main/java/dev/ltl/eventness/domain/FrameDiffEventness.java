package dev.ltl.eventness.domain;

import dev.ltl.common.image.PillowResize;
import dev.ltl.common.media.RgbImage;

import java.util.List;

/**
 * {@code framediff32}, the cheap visual eventness of the reference (§4.1): each frame (one per
 * second) becomes a 32×32 Pillow grayscale thumbnail scaled to [0, 1]; score₀ = 0 and
 * scoreₜ = mean |Fₜ − Fₜ₋₁|; the vector is zero-padded or truncated to numSeconds.
 *
 * <p>[AMBIG] The reference takes the mean in float32 numpy; this port uses double.
 */
public final class FrameDiffEventness {

    /** Thumbnail side length. */
    public static final int THUMBNAIL_SIZE = 32;

    private FrameDiffEventness() {
    }

    /** Scores frames[0..numSeconds) ; frames past numSeconds are ignored, missing ones score 0. */
    public static double[] score(List<RgbImage> frames, int numSeconds) {
        if (frames == null) {
            throw new IllegalArgumentException("frames must not be null");
        }
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("frames must not be empty");
        }
        AudioInput.requireNumSeconds(numSeconds);
        int used = Math.min(frames.size(), numSeconds);
        double[] scores = new double[numSeconds];
        double[] previous = null;
        for (int t = 0; t < used; t++) {
            RgbImage frame = frames.get(t);
            if (frame == null) {
                throw new IllegalArgumentException("frames must not contain null (index " + t + ")");
            }
            double[] current = thumbnail(frame);
            if (previous != null) {
                scores[t] = meanAbsoluteDifference(previous, current);
            }
            previous = current;
        }
        return scores;
    }

    /** The 32×32 grayscale thumbnail with values in [0, 1], row-major. */
    static double[] thumbnail(RgbImage frame) {
        byte[] luma = PillowGrayscale.toLuma(frame);
        byte[] small = PillowResize.resizePlane(luma, frame.width(), frame.height(), THUMBNAIL_SIZE, THUMBNAIL_SIZE);
        double[] values = new double[small.length];
        for (int i = 0; i < small.length; i++) {
            values[i] = (small[i] & 0xFF) / 255.0;
        }
        return values;
    }

    private static double meanAbsoluteDifference(double[] a, double[] b) {
        double sum = 0.0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }
}

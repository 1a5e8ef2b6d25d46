package dev.ltl.common.media;

import java.util.SplittableRandom;

/**
 * Renders a {@link SyntheticClip} to raw samples and pixels. Pure Java and deterministic: the same clip
 * (seed included) always gives identical output, so tests can compare decoded media against it.
 */
public final class SyntheticClipRenderer {

    /** Fade at both ends of each sound, so event edges do not click across the neighbouring seconds. */
    private static final double FADE_S = 0.005;
    /** Width of the object's stripes in pixels. */
    private static final int STRIPE_PX = 4;

    private SyntheticClipRenderer() {
    }

    /** Mono audio at {@code clip.audioSampleRate()}, exactly durationSeconds · rate samples, within [-1, 1]. */
    public static float[] audio(SyntheticClip clip) {
        int rate = clip.audioSampleRate();
        float[] out = new float[clip.durationSeconds() * rate];
        SplittableRandom floor = new SplittableRandom(clip.seed());
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (clip.noiseFloor() * floor.nextGaussian());
        }
        for (SyntheticClip.AudioEvent event : clip.audioEvents()) {
            addEvent(out, rate, event, clip.seed());
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(-1f, Math.min(1f, out[i]));
        }
        return out;
    }

    /** Number of video frames: durationSeconds · fps. */
    public static int frameCount(SyntheticClip clip) {
        return clip.durationSeconds() * clip.fps();
    }

    /** Video frame {@code index} (shown at index / fps seconds). */
    public static RgbImage frame(SyntheticClip clip, int index) {
        if (index < 0 || index >= frameCount(clip)) {
            throw new IndexOutOfBoundsException("frame " + index + " of " + frameCount(clip));
        }
        int width = clip.width();
        int height = clip.height();
        byte[] rgb = new byte[width * height * 3];
        fillRect(rgb, width, 0, 0, width, height, clip.backgroundRgb());
        int second = index / clip.fps();
        for (SyntheticClip.VisualEvent event : clip.visualEvents()) {
            if (event.second() == second) {
                drawMovingObject(rgb, clip, index % clip.fps(), event.objectRgb());
            }
        }
        return new RgbImage(width, height, rgb);
    }

    private static void addEvent(float[] out, int rate, SyntheticClip.AudioEvent event, long seed) {
        int start = event.second() * rate;
        // Each noise event gets its own stream so adding an event never changes the others.
        SplittableRandom noise = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (event.second() + 1)));
        double fadeSamples = FADE_S * rate;
        for (int i = 0; i < rate; i++) {
            double tau = i / (double) rate;
            double value = soundAt(event.sound(), tau, noise);
            double edge = Math.min(1.0, Math.min(i, rate - 1 - i) / fadeSamples);
            out[start + i] += (float) (event.amplitude() * edge * value);
        }
    }

    private static double soundAt(SyntheticClip.Sound sound, double tau, SplittableRandom noise) {
        if (sound instanceof SyntheticClip.Tone tone) {
            return Math.sin(2 * Math.PI * tone.frequencyHz() * tau);
        }
        if (sound instanceof SyntheticClip.Chirp chirp) {
            double sweep = chirp.endHz() - chirp.startHz();
            return Math.sin(2 * Math.PI * (chirp.startHz() * tau + sweep * tau * tau / 2));
        }
        return noise.nextDouble(-1.0, 1.0);
    }

    /** A square of one third of the frame height, striped vertically, moving left to right over the second. */
    private static void drawMovingObject(byte[] rgb, SyntheticClip clip, int frameInSecond, int objectRgb) {
        int size = clip.height() / 3;
        int travel = clip.width() - size;
        int x0 = clip.fps() == 1 ? travel / 2 : travel * frameInSecond / (clip.fps() - 1);
        int y0 = (clip.height() - size) / 2;
        for (int stripe = 0; stripe * STRIPE_PX < size; stripe++) {
            int colour = stripe % 2 == 0 ? objectRgb : 0x000000;
            int sx = x0 + stripe * STRIPE_PX;
            fillRect(rgb, clip.width(), sx, y0, Math.min(STRIPE_PX, size - stripe * STRIPE_PX), size, colour);
        }
    }

    private static void fillRect(byte[] rgb, int width, int x0, int y0, int w, int h, int colour) {
        byte r = (byte) (colour >>> 16);
        byte g = (byte) (colour >>> 8);
        byte b = (byte) colour;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int p = (y * width + x) * 3;
                rgb[p] = r;
                rgb[p + 1] = g;
                rgb[p + 2] = b;
            }
        }
    }
}

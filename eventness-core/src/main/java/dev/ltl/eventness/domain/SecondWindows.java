package dev.ltl.eventness.domain;

/**
 * Where each second's analysis window sits in a frame sequence of framesPerSecond frames a
 * second: a window of contextFrames frames centred on the middle of the second, shifted (not
 * shrunk) to stay inside the clip, so that every window has the same length and the seconds can
 * be batched. A clip shorter than the window gives every second the whole clip.
 */
public final class SecondWindows {

    private SecondWindows() {
    }

    /** Window length actually used: min(contextFrames, totalFrames). */
    public static int length(int contextFrames, int totalFrames) {
        requirePositive(contextFrames, "contextFrames");
        requirePositive(totalFrames, "totalFrames");
        return Math.min(contextFrames, totalFrames);
    }

    /** First frame of second t's window. */
    public static int start(int second, int framesPerSecond, int contextFrames, int totalFrames) {
        requirePositive(framesPerSecond, "framesPerSecond");
        if (second < 0) {
            throw new IllegalArgumentException("second must be >= 0, got " + second);
        }
        int length = length(contextFrames, totalFrames);
        int centre = second * framesPerSecond + framesPerSecond / 2;
        int start = centre - length / 2;
        return Math.max(0, Math.min(start, totalFrames - length));
    }

    private static void requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
    }
}

package dev.ltl.eval.simulate.qa;

import java.util.Locale;
import java.util.stream.IntStream;

/**
 * One audio-visual event of a simulated QA video: during seconds [start, end) the class sound plays and the
 * class's striped patch is visible.
 *
 * @param classIndex 0-based class
 * @param className  the class's name, see {@link SimulatedQaSpec#CLASS_NAMES}
 * @param start      first event second
 * @param end        one past the last event second
 * @param amplitude  loudness of the class sound
 */
public record QaEvent(int classIndex, String className, int start, int end, double amplitude) {

    public QaEvent {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("need 0 <= start < end, got " + start + ".." + end);
        }
    }

    /** Whether second t is part of the event. */
    public boolean contains(int t) {
        return t >= start && t < end;
    }

    /** The event seconds in order. */
    public int[] seconds() {
        return IntStream.range(start, end).toArray();
    }

    /** The time range shown as an option, e.g. {@code 01:05-01:09} (start to end, whole seconds). */
    public static String range(int start, int end) {
        return clock(start) + "-" + clock(end);
    }

    private static String clock(int s) {
        return String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }
}

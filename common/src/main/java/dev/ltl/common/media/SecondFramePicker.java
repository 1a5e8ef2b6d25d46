package dev.ltl.common.media;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Chooses one video frame per second: frame t is the first decoded frame whose timestamp is at or after
 * t + 0.5 s, the middle of second t (ltl-ave-reference §1.2). The reference gets there through ffmpeg's
 * input seek plus {@code fps=1} filter, whose rounding can land one frame off ([AMBIG] at ±1 frame); we
 * pick by timestamp, as the data README advises.
 *
 * <p>Frames arrive in decode order with non-decreasing timestamps. One frame can serve several seconds
 * when the video has gaps or less than one frame per second. Seconds after the last frame repeat the last
 * decoded frame, as the reference copies its last extracted frame.
 */
final class SecondFramePicker {

    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final long HALF_SECOND_US = 500_000L;

    private final int numSeconds;
    private final List<RgbImage> picked = new ArrayList<>();

    SecondFramePicker(int numSeconds) {
        this.numSeconds = numSeconds;
    }

    /** Time at which second t samples its frame, in microseconds. */
    static long sampleTimeUs(int t) {
        return t * MICROS_PER_SECOND + HALF_SECOND_US;
    }

    /**
     * Offers the next decoded frame. {@code image} is called (once) only if some second takes this frame,
     * so callers can pass a copying supplier without paying for frames nobody keeps.
     */
    void offer(long timestampUs, Supplier<RgbImage> image) {
        RgbImage current = null;
        while (picked.size() < numSeconds && timestampUs >= sampleTimeUs(picked.size())) {
            if (current == null) {
                current = image.get();
            }
            picked.add(current);
        }
    }

    /** True once every second has its frame: later video is not needed. */
    boolean isComplete() {
        return picked.size() >= numSeconds;
    }

    /**
     * The first {@code count} per-second frames. Seconds that no frame reached take {@code lastDecoded}
     * (the stream's final frame, which lies before their sample time); empty when the stream had no frame.
     */
    List<RgbImage> frames(int count, Supplier<RgbImage> lastDecoded) {
        List<RgbImage> out = new ArrayList<>(count);
        RgbImage tail = null;
        for (int t = 0; t < count; t++) {
            if (t < picked.size()) {
                out.add(picked.get(t));
                continue;
            }
            if (tail == null) {
                tail = lastDecoded.get();
                if (tail == null) {
                    return List.of();
                }
            }
            out.add(tail);
        }
        return out;
    }
}

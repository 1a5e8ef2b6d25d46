package dev.ltl.common.media;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Specification of a deterministic synthetic audio-visual clip with known per-second events, used by tests
 * and by the demo when the real sample data is absent. Audio is a quiet noise floor plus one sound per event
 * second; video is a flat background plus a striped square that moves across the frame during each visual
 * event second. The same spec and seed always render the same samples and pixels
 * ({@link SyntheticClipRenderer}); {@link SyntheticClipWriter} encodes them into an .mp4.
 *
 * @param durationSeconds whole seconds of media, 1..600
 * @param fps             video frame rate, 1..60
 * @param width           frame width in pixels, even, 16..1920 (even: 4:2:0 chroma needs it)
 * @param height          frame height in pixels, even, 16..1080
 * @param audioSampleRate audio rate of the rendered and encoded audio, 8000..96000 Hz
 * @param seed            seed of the noise generators
 * @param noiseFloor      standard deviation of the background Gaussian noise, 0..0.5
 * @param backgroundRgb   background colour as 0xRRGGBB
 * @param audioEvents     at most one sound per second
 * @param visualEvents    at most one object per second
 */
public record SyntheticClip(int durationSeconds, int fps, int width, int height, int audioSampleRate, long seed,
                            double noiseFloor, int backgroundRgb, List<AudioEvent> audioEvents,
                            List<VisualEvent> visualEvents) {

    /** What sounds during an audio event second. */
    public sealed interface Sound permits Tone, Noise, Chirp {
    }

    /** A sine tone. */
    public record Tone(double frequencyHz) implements Sound {
    }

    /** White noise. */
    public record Noise() implements Sound {
    }

    /** A linear frequency sweep over the second. */
    public record Chirp(double startHz, double endHz) implements Sound {
    }

    /**
     * A sound filling second {@code second}.
     *
     * @param amplitude peak amplitude of the sound, 0..1 (full scale is 1)
     */
    public record AudioEvent(int second, Sound sound, double amplitude) {
    }

    /** A striped square of colour {@code objectRgb} (0xRRGGBB) crossing the frame during {@code second}. */
    public record VisualEvent(int second, int objectRgb) {
    }

    public SyntheticClip {
        requireRange("durationSeconds", durationSeconds, 1, 600);
        requireRange("fps", fps, 1, 60);
        requireRange("width", width, 16, 1920);
        requireRange("height", height, 16, 1080);
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("width and height must be even, got " + width + "x" + height);
        }
        requireRange("audioSampleRate", audioSampleRate, 8000, 96_000);
        if (!(noiseFloor >= 0 && noiseFloor <= 0.5)) {
            throw new IllegalArgumentException("noiseFloor must be in [0, 0.5], got " + noiseFloor);
        }
        audioEvents = List.copyOf(audioEvents);
        visualEvents = List.copyOf(visualEvents);
        validateAudioEvents(audioEvents, durationSeconds, audioSampleRate);
        validateVisualEvents(visualEvents, durationSeconds);
    }

    /** A clip with no events: 8 fps, 160×120, 44.1 kHz audio, noise floor 0.003, slate-blue background. */
    public static SyntheticClip quiet(int durationSeconds, long seed) {
        return new SyntheticClip(durationSeconds, 8, 160, 120, 44_100, seed, 0.003, 0x406080, List.of(), List.of());
    }

    /** This clip plus one audio event. */
    public SyntheticClip withAudioEvent(int second, Sound sound, double amplitude) {
        List<AudioEvent> events = new ArrayList<>(audioEvents);
        events.add(new AudioEvent(second, sound, amplitude));
        return new SyntheticClip(durationSeconds, fps, width, height, audioSampleRate, seed, noiseFloor,
                backgroundRgb, events, visualEvents);
    }

    /** This clip plus one visual event. */
    public SyntheticClip withVisualEvent(int second, int objectRgb) {
        List<VisualEvent> events = new ArrayList<>(visualEvents);
        events.add(new VisualEvent(second, objectRgb));
        return new SyntheticClip(durationSeconds, fps, width, height, audioSampleRate, seed, noiseFloor,
                backgroundRgb, audioEvents, events);
    }

    /** This clip with another frame size. */
    public SyntheticClip withSize(int newWidth, int newHeight) {
        return new SyntheticClip(durationSeconds, fps, newWidth, newHeight, audioSampleRate, seed, noiseFloor,
                backgroundRgb, audioEvents, visualEvents);
    }

    /** Seconds that carry a sound: the audio ground truth. */
    public SortedSet<Integer> audioEventSeconds() {
        SortedSet<Integer> seconds = new TreeSet<>();
        audioEvents.forEach(e -> seconds.add(e.second()));
        return seconds;
    }

    /** Seconds that show the object: the visual ground truth. */
    public SortedSet<Integer> visualEventSeconds() {
        SortedSet<Integer> seconds = new TreeSet<>();
        visualEvents.forEach(e -> seconds.add(e.second()));
        return seconds;
    }

    private static void validateAudioEvents(List<AudioEvent> events, int durationSeconds, int sampleRate) {
        SortedSet<Integer> seen = new TreeSet<>();
        double nyquist = sampleRate / 2.0;
        for (AudioEvent e : events) {
            requireRange("audio event second", e.second(), 0, durationSeconds - 1);
            if (!seen.add(e.second())) {
                throw new IllegalArgumentException("two audio events in second " + e.second());
            }
            if (!(e.amplitude() >= 0 && e.amplitude() <= 1)) {
                throw new IllegalArgumentException("audio event amplitude must be in [0, 1], got " + e.amplitude());
            }
            if (e.sound() == null) {
                throw new IllegalArgumentException("audio event in second " + e.second() + " has no sound");
            }
            if (e.sound() instanceof Tone tone) {
                requireAudible(tone.frequencyHz(), nyquist);
            } else if (e.sound() instanceof Chirp chirp) {
                requireAudible(chirp.startHz(), nyquist);
                requireAudible(chirp.endHz(), nyquist);
            }
        }
    }

    private static void validateVisualEvents(List<VisualEvent> events, int durationSeconds) {
        SortedSet<Integer> seen = new TreeSet<>();
        for (VisualEvent e : events) {
            requireRange("visual event second", e.second(), 0, durationSeconds - 1);
            if (!seen.add(e.second())) {
                throw new IllegalArgumentException("two visual events in second " + e.second());
            }
        }
    }

    private static void requireAudible(double frequencyHz, double nyquist) {
        if (!(frequencyHz > 0 && frequencyHz < nyquist)) {
            throw new IllegalArgumentException("frequency must be in (0, " + nyquist + ") Hz, got " + frequencyHz);
        }
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], got " + value);
        }
    }
}

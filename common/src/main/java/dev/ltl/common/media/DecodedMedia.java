package dev.ltl.common.media;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Media decoded onto the per-second grid used by the whole pipeline.
 *
 * @param pcm         mono audio at {@code sampleRate}, exactly {@code numSeconds · sampleRate} samples
 *                    (zero-padded past the end of the media; silence when the media has no audio). Empty
 *                    when audio was not requested.
 * @param sampleRate  always {@link #SAMPLE_RATE}
 * @param durationS   duration of the media itself, before padding or truncation to T
 * @param numSeconds  T, from {@link DecodeOptions#resolveSeconds(double)}
 * @param frames      frame t is the first frame at or after t + 0.5 s; exactly T frames when frames were
 *                    requested and the media has video, else empty
 * @param hasAudio    whether the media has an audio stream (inline: non-empty PCM)
 * @param hasVideo    whether the media has a decodable video stream (inline: at least one frame)
 */
public record DecodedMedia(float[] pcm, int sampleRate, double durationS, int numSeconds,
                           List<RgbImage> frames, boolean hasAudio, boolean hasVideo) {

    /** The only output sample rate: the reference extracts 16 kHz mono WAV. */
    public static final int SAMPLE_RATE = 16_000;

    public DecodedMedia {
        if (numSeconds < 1) {
            throw new IllegalArgumentException("numSeconds must be >= 1, got " + numSeconds);
        }
        if (pcm.length != 0 && pcm.length != (long) numSeconds * sampleRate) {
            throw new IllegalArgumentException("pcm must hold numSeconds * sampleRate = "
                    + (long) numSeconds * sampleRate + " samples (or none), got " + pcm.length);
        }
        frames = List.copyOf(frames);
        if (!frames.isEmpty() && frames.size() != numSeconds) {
            throw new IllegalArgumentException("frames must be empty or hold numSeconds = " + numSeconds
                    + " frames, got " + frames.size());
        }
    }

    /** Samples of second t: {@code pcm[t·sampleRate, (t+1)·sampleRate)}, copied. */
    public float[] secondOfAudio(int t) {
        if (pcm.length == 0) {
            throw new IllegalStateException("audio was not decoded");
        }
        Objects.checkIndex(t, numSeconds);
        return Arrays.copyOfRange(pcm, t * sampleRate, (t + 1) * sampleRate);
    }
}

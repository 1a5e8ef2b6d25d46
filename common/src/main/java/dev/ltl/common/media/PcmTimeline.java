package dev.ltl.common.media;

import java.nio.FloatBuffer;
import java.util.Arrays;

/**
 * A fixed-length mono buffer that decoded audio chunks are written into by presentation time.
 *
 * <p>The first chunk lands at its own timestamp, so audio that starts late (or an AAC stream whose priming
 * samples were trimmed, moving its first timestamp) stays aligned to the media clock instead of being
 * pulled to sample 0. Later chunks are written back to back, because the resampler's small internal delay
 * makes each chunk's timestamp disagree with the running position by a few samples; re-anchoring on every
 * chunk would insert those few samples as clicks. Only a disagreement above {@link #RESYNC_TOLERANCE_S}
 * (a real gap or overlap in the stream) re-anchors to the timestamp. The first chunk never anchors before
 * time 0; samples a later re-anchor puts before 0 or past the end are dropped; positions never written stay
 * 0 (silence).
 */
final class PcmTimeline {

    /** Larger than resampler delay and timestamp rounding, smaller than one AAC frame (about 21–64 ms). */
    static final double RESYNC_TOLERANCE_S = 0.010;

    /** Initial buffer: enough for the usual 10 s clip, so long caps do not allocate up front. */
    private static final int INITIAL_SECONDS = 16;

    private final int maxLength;
    private final int sampleRate;
    private float[] samples;
    private final long resyncTolerance;
    private long cursor;
    private boolean anchored;
    private long furthestWritten;

    /**
     * @param maxLength  samples kept at most; later audio is dropped
     * @param sampleRate rate of the chunks and of the buffer
     */
    PcmTimeline(int maxLength, int sampleRate) {
        this.maxLength = maxLength;
        this.samples = new float[(int) Math.min(maxLength, (long) INITIAL_SECONDS * sampleRate)];
        this.sampleRate = sampleRate;
        this.resyncTolerance = Math.round(RESYNC_TOLERANCE_S * sampleRate);
    }

    /** Writes a chunk whose first sample is presented at {@code timestampUs} (relative to the media start). */
    void place(long timestampUs, FloatBuffer chunk) {
        long target = Math.round(timestampUs * (double) sampleRate / 1_000_000.0);
        if (!anchored) {
            // The media cannot start before its own start. A negative first timestamp comes from decoder
            // delay that FFmpeg trimmed without re-timing the chunk (it warns "Could not update timestamps
            // for skipped samples", e.g. Opus pre-skip): the samples themselves already begin at time 0.
            cursor = Math.max(0, target);
            anchored = true;
        } else if (Math.abs(target - cursor) > resyncTolerance) {
            cursor = target;
        }
        int n = chunk.remaining();
        int base = chunk.position();
        ensureCapacity(cursor + n);
        for (int i = 0; i < n; i++) {
            long at = cursor + i;
            if (at >= 0 && at < samples.length) {
                samples[(int) at] = chunk.get(base + i);
            }
        }
        cursor += n;
        furthestWritten = Math.max(furthestWritten, cursor);
    }

    /** Convenience overload for arrays. */
    void place(long timestampUs, float[] chunk) {
        place(timestampUs, FloatBuffer.wrap(chunk));
    }

    /** True once the running position has reached {@code maxLength}: later audio is not needed. */
    boolean isFull() {
        return anchored && cursor >= maxLength;
    }

    /** Seconds of media time covered by the audio seen so far (may exceed the buffer). */
    double endSeconds() {
        return furthestWritten / (double) sampleRate;
    }

    /** Grows the buffer geometrically, never past {@code maxLength}. */
    private void ensureCapacity(long end) {
        if (end <= samples.length || samples.length == maxLength) {
            return;
        }
        long grown = Math.max(end, 2L * samples.length);
        samples = Arrays.copyOf(samples, (int) Math.min(grown, maxLength));
    }

    /** The buffer, cut or zero-padded to {@code lengthSamples}. */
    float[] toArray(int lengthSamples) {
        float[] out = new float[lengthSamples];
        System.arraycopy(samples, 0, out, 0, Math.min(lengthSamples, samples.length));
        return out;
    }
}

package dev.ltl.common.media;

/**
 * What to decode and how many whole seconds T the result covers.
 *
 * <p><b>The T rule.</b>
 * <ul>
 *   <li>{@code numSegments > 0}: T = {@code numSegments} exactly, whatever the media's length. Audio is
 *       zero-padded or truncated to T·16000 samples and missing frames repeat the last frame. This is the
 *       reference's fixed N = 10 protocol (ltl-ave-reference §1.2).</li>
 *   <li>otherwise: T = min(floor(duration + 0.5), maxSeconds), i.e. the number of seconds t whose
 *       midpoint t + 0.5 lies inside the media (where frame t is sampled), but at least 1 for non-empty
 *       media and at most {@code maxSeconds}. {@code maxSeconds <= 0} means {@value #DEFAULT_MAX_SECONDS}.</li>
 * </ul>
 *
 * @param maxSeconds  cap on T when {@code numSegments <= 0}; {@code <= 0} means {@value #DEFAULT_MAX_SECONDS}
 * @param numSegments fixed T when positive; {@code <= 0} lets the media's duration decide
 * @param wantAudio   whether to produce 16 kHz mono PCM
 * @param wantFrames  whether to produce one RGB frame per second
 */
public record DecodeOptions(int maxSeconds, int numSegments, boolean wantAudio, boolean wantFrames) {

    /** The reference protocol's segment count, used when {@code maxSeconds <= 0}. */
    public static final int DEFAULT_MAX_SECONDS = 10;

    /**
     * Upper bound on any T. It keeps a request from asking for an absurd buffer
     * (T·16000 floats plus T frames) through {@code numSegments} or {@code maxSeconds}.
     */
    public static final int LIMIT_SECONDS = 3600;

    public DecodeOptions {
        if (maxSeconds > LIMIT_SECONDS || numSegments > LIMIT_SECONDS) {
            throw new IllegalArgumentException("maxSeconds and numSegments must be at most " + LIMIT_SECONDS
                    + " seconds, got maxSeconds=" + maxSeconds + ", numSegments=" + numSegments);
        }
    }

    /** The reference protocol: exactly 10 seconds of audio and 10 frames. */
    public static DecodeOptions reference() {
        return new DecodeOptions(DEFAULT_MAX_SECONDS, DEFAULT_MAX_SECONDS, true, true);
    }

    /** Audio only, T from the media's duration capped at {@code maxSeconds}. */
    public static DecodeOptions audioOnly(int maxSeconds) {
        return new DecodeOptions(maxSeconds, 0, true, false);
    }

    /** The cap actually applied when {@code numSegments <= 0}. */
    public int effectiveMaxSeconds() {
        return maxSeconds <= 0 ? DEFAULT_MAX_SECONDS : maxSeconds;
    }

    /** The most seconds any media can yield under these options: what a decoder must read at most. */
    public int secondsUpperBound() {
        return numSegments > 0 ? numSegments : effectiveMaxSeconds();
    }

    /**
     * T for media of the given duration (see the class comment).
     *
     * @param durationS media duration in seconds; must be positive unless {@code numSegments > 0}
     * @throws IllegalArgumentException if the duration is not finite, or not positive without a fixed T
     */
    public int resolveSeconds(double durationS) {
        if (numSegments > 0) {
            return numSegments;
        }
        if (!(durationS > 0) || Double.isInfinite(durationS)) {
            throw new IllegalArgumentException("media duration must be positive and finite, got " + durationS);
        }
        long midpointsInside = (long) Math.floor(durationS + 0.5);
        return (int) Math.max(1, Math.min(midpointsInside, effectiveMaxSeconds()));
    }
}

package dev.ltl.eventness.domain;

/**
 * Argument checks shared by every public scorer, so that bad input fails fast with an
 * {@link IllegalArgumentException} naming the offending parameter instead of producing NaN
 * scores or an {@link ArrayIndexOutOfBoundsException} deep inside a loop.
 */
public final class AudioInput {

    /** The only rate the ONNX scorers and the mel front-end accept. */
    public static final int SAMPLE_RATE_16K = 16_000;

    private AudioInput() {
    }

    /** Rejects null, empty and non-finite PCM; the name is the parameter name used in the message. */
    public static void requirePcm(float[] pcm, String name) {
        if (pcm == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (pcm.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        for (int i = 0; i < pcm.length; i++) {
            if (!Float.isFinite(pcm[i])) {
                throw new IllegalArgumentException(name + " must be finite, but sample " + i + " is " + pcm[i]);
            }
        }
    }

    /** Requires at least one second to score. */
    public static void requireNumSeconds(int numSeconds) {
        if (numSeconds < 1) {
            throw new IllegalArgumentException("numSeconds must be >= 1, got " + numSeconds);
        }
    }

    /** Requires a positive sample rate of at least {@code minimum} Hz. */
    public static void requireSampleRate(int sampleRate, int minimum) {
        if (sampleRate < minimum) {
            throw new IllegalArgumentException("sampleRate must be >= " + minimum + " Hz, got " + sampleRate);
        }
    }

    /** numSeconds · sampleRate, rejected when it does not fit an array index. */
    public static int totalSamples(int numSeconds, int sampleRate) {
        long total = (long) numSeconds * sampleRate;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "numSeconds * sampleRate is too large: " + numSeconds + " s at " + sampleRate + " Hz");
        }
        return (int) total;
    }

    /** A copy of pcm cut or zero-padded to exactly {@code length} samples (reference §2.1 step 1). */
    public static float[] padOrTruncate(float[] pcm, int length) {
        float[] out = new float[length];
        System.arraycopy(pcm, 0, out, 0, Math.min(length, pcm.length));
        return out;
    }
}

package dev.ltl.relevance.domain;

/**
 * Mono float PCM at a known rate. Providers resample to the rate their model wants.
 *
 * @param samples    mono samples, nominally in [-1, 1]
 * @param sampleRate samples per second, positive
 */
public record MonoAudio(float[] samples, int sampleRate) {
    public MonoAudio {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, got " + sampleRate);
        }
        if (samples == null) {
            throw new IllegalArgumentException("samples must not be null");
        }
    }
}

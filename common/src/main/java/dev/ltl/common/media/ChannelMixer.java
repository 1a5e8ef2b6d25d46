package dev.ltl.common.media;

import java.nio.FloatBuffer;

/**
 * Mono downmix by averaging the channels of interleaved float audio.
 *
 * <p>Why not FFmpeg's own downmix: the reference writes 16-bit WAV with {@code ffmpeg -ac 1}, and for an
 * integer output format libswresample normalises its stereo-to-mono matrix to (L + R) / 2. Asked for float
 * output (as JavaCV does), it skips that normalisation and yields (L + R) / √2, 3 dB louder than the
 * reference. Averaging here reproduces the reference exactly for mono and stereo, the layouts of AVE and
 * AudioSet clips. For more channels FFmpeg would weight centre and surround channels; a plain average is
 * our [AMBIG] choice there.
 */
final class ChannelMixer {

    private ChannelMixer() {
    }

    /** Averages each group of {@code channels} consecutive samples into one mono sample. */
    static float[] averageToMono(FloatBuffer interleaved, int channels) {
        int base = interleaved.position();
        int frames = interleaved.remaining() / channels;
        float[] mono = new float[frames];
        if (channels == 1) {
            interleaved.get(base, mono, 0, frames);
            return mono;
        }
        for (int i = 0; i < frames; i++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += interleaved.get(base + i * channels + c);
            }
            mono[i] = (float) (sum / channels);
        }
        return mono;
    }

    /** Array form of {@link #averageToMono(FloatBuffer, int)} for the first {@code frames} sample frames. */
    static float[] averageToMono(float[] interleaved, int channels, int frames) {
        return averageToMono(FloatBuffer.wrap(interleaved, 0, frames * channels), channels);
    }
}

package dev.ltl.eventness.infra;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

import java.nio.FloatBuffer;
import java.nio.file.Path;

/**
 * Test-only: the first seconds of a video's audio as mono 16 kHz float PCM, via JavaCV's FFmpeg.
 *
 * <p>Channels are averaged here rather than by asking FFmpeg for one channel: for float output
 * libswresample mixes stereo as 0.707·(L + R) without normalising, whereas the reference's
 * 16-bit WAV path (normalised matrix) and its WAV loader both give (L + R)/2. Silero's
 * probabilities are level-sensitive, so the 3 dB difference matters on the speech sample clip.
 */
final class Mp4Audio {

    private static final int RATE = 16_000;

    private Mp4Audio() {
    }

    /** Mono PCM of the first {@code seconds} seconds (shorter if the stream ends first). */
    static float[] decode16kMono(Path video, int seconds) throws Exception {
        int wanted = seconds * RATE;
        float[] mono = new float[wanted];
        int filled = 0;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.setSampleRate(RATE);
            grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
            grabber.start();
            int channels = Math.max(1, grabber.getAudioChannels());
            Frame frame;
            while (filled < wanted && (frame = grabber.grabSamples()) != null) {
                if (frame.samples == null) {
                    continue;
                }
                FloatBuffer interleaved = (FloatBuffer) frame.samples[0];
                while (interleaved.remaining() >= channels && filled < wanted) {
                    float sum = 0f;
                    for (int c = 0; c < channels; c++) {
                        sum += interleaved.get();
                    }
                    mono[filled++] = sum / channels;
                }
            }
            grabber.stop();
        }
        return filled == wanted ? mono : java.util.Arrays.copyOf(mono, Math.max(filled, 1));
    }
}

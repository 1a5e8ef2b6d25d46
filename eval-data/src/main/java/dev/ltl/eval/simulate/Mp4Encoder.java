package dev.ltl.eval.simulate;

import dev.ltl.common.media.RgbImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Encodes per-second frames and mono audio into an mp4 with MPEG-4 Part 2 video at a fixed low quantiser (so thin
 * stripes survive; common's SyntheticClipWriter uses a bitrate target instead) and AAC audio (MP2 if this FFmpeg
 * build has no AAC encoder). Every frame of second t shows {@code frameOfSecond(t)}. Public so the long-clip QA
 * simulator ({@code dev.ltl.eval.simulate.qa}) encodes the same way.
 */
public final class Mp4Encoder {

    private static final List<String> AUDIO_CODECS = List.of("aac", "mp2");
    private static final int AUDIO_BITRATE = 96_000;

    private Mp4Encoder() {
    }

    /** Encodes {@code seconds} seconds at {@code fps} of square {@code size} frames with mono audio to {@code file}. */
    public static void write(Path file, int size, int fps, int qscale, int seconds, IntFunction<RgbImage> frameOfSecond,
                      float[] audio, int sampleRate) throws IOException {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        List<String> failures = new ArrayList<>();
        for (String audioCodec : AUDIO_CODECS) {
            FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), size, size, 1);
            recorder.setFormat("mp4");
            recorder.setVideoCodecName("mpeg4");
            recorder.setFrameRate(fps);
            recorder.setGopSize(fps);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setVideoQuality(qscale); // constant quantiser: JavaCV sets AV_CODEC_FLAG_QSCALE
            recorder.setAudioCodecName(audioCodec);
            recorder.setSampleRate(sampleRate);
            recorder.setAudioChannels(1);
            recorder.setAudioBitrate(AUDIO_BITRATE);
            try {
                recorder.start();
            } catch (FrameRecorder.Exception | RuntimeException e) {
                failures.add("mpeg4+" + audioCodec + ": " + e.getMessage());
                release(recorder);
                Files.deleteIfExists(file);
                continue;
            }
            encode(recorder, file, size, fps, seconds, frameOfSecond, audio, sampleRate);
            return;
        }
        throw new IOException("no usable mp4 encoder pair in this FFmpeg build: " + failures);
    }

    private static void encode(FFmpegFrameRecorder recorder, Path file, int size, int fps, int seconds,
                               IntFunction<RgbImage> frameOfSecond, float[] audio, int sampleRate) throws IOException {
        ByteBuffer pixels = ByteBuffer.allocateDirect(size * size * 3);
        FloatBuffer samples = ByteBuffer.allocateDirect(audio.length * Float.BYTES).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
        samples.put(audio);
        boolean finished = false;
        try {
            int frames = seconds * fps;
            int audioWritten = 0;
            for (int t = 0; t < seconds; t++) {
                byte[] rgb = frameOfSecond.apply(t).rgb();
                for (int f = 0; f < fps; f++) {
                    pixels.clear();
                    pixels.put(rgb).flip();
                    recorder.recordImage(size, size, Frame.DEPTH_UBYTE, 3, size * 3, avutil.AV_PIX_FMT_RGB24, pixels);
                    // Interleave the audio of this frame's duration, so the muxer never buffers much.
                    int frameIndex = t * fps + f;
                    int audioEnd = (int) ((long) audio.length * (frameIndex + 1) / frames);
                    samples.limit(audioEnd).position(audioWritten);
                    recorder.recordSamples(sampleRate, 1, samples.slice());
                    audioWritten = audioEnd;
                }
            }
            recorder.stop();
            finished = true;
        } catch (FrameRecorder.Exception e) {
            throw new IOException("encoding " + file + " failed: " + e.getMessage(), e);
        } finally {
            release(recorder);
            if (!finished) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void release(FFmpegFrameRecorder recorder) {
        try {
            recorder.release();
        } catch (FrameRecorder.Exception e) {
            // Releasing after a failure: the failure itself is what gets reported.
        }
    }
}

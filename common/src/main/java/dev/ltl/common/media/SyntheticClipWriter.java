package dev.ltl.common.media;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Writes synthetic media files: an .mp4 of a {@link SyntheticClip} encoded in-process by FFmpeg, and plain
 * 16-bit PCM WAV files. The mp4 carries MPEG-4 Part 2 video and AAC audio, both in the LGPL FFmpeg build
 * that JavaCV ships; if an encoder is missing, the next candidate is tried (OpenH264 or MJPEG video, MP2 audio).
 */
public final class SyntheticClipWriter {

    /** Video encoders in order of preference; all are in the bytedeco LGPL build and muxable into mp4. */
    static final List<String> VIDEO_CODECS = List.of("mpeg4", "libopenh264", "mjpeg");
    /** Audio encoders in order of preference. */
    static final List<String> AUDIO_CODECS = List.of("aac", "mp2");

    /** Generous for small synthetic frames, so decoded frames stay close to the rendered ones. */
    private static final int VIDEO_BITRATE = 2_000_000;
    private static final int AUDIO_BITRATE = 128_000;

    private SyntheticClipWriter() {
    }

    /** Renders {@code clip} and encodes it into an mp4 at {@code file} (replaced if present). */
    public static void writeMp4(Path file, SyntheticClip clip) throws IOException {
        FfmpegLogging.ensureQuiet();
        List<String> failures = new ArrayList<>();
        for (String videoCodec : VIDEO_CODECS) {
            for (String audioCodec : AUDIO_CODECS) {
                FFmpegFrameRecorder recorder = configure(file, clip, videoCodec, audioCodec);
                try {
                    recorder.start();
                } catch (FrameRecorder.Exception | RuntimeException e) {
                    failures.add(videoCodec + "+" + audioCodec + ": " + e.getMessage());
                    releaseQuietly(recorder);
                    Files.deleteIfExists(file);
                    continue;
                }
                encode(recorder, clip, file);
                return;
            }
        }
        throw new IOException("no usable mp4 encoder pair in this FFmpeg build: " + failures);
    }

    /**
     * Writes mono {@code pcm} as a 16-bit PCM WAV file. Samples are clamped to [-1, 1] and scaled by 32767,
     * the inverse of the reference loader's int16 / 32768 up to one quantisation step.
     */
    public static void writeWav(Path file, float[] pcm, int sampleRate) throws IOException {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, got " + sampleRate);
        }
        int dataBytes = Math.multiplyExact(pcm.length, 2);
        ByteBuffer wav = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        wav.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE"));
        wav.put(ascii("fmt ")).putInt(16)
                .putShort((short) 1)            // PCM
                .putShort((short) 1)            // mono
                .putInt(sampleRate)
                .putInt(sampleRate * 2)         // byte rate
                .putShort((short) 2)            // block align
                .putShort((short) 16);          // bits per sample
        wav.put(ascii("data")).putInt(dataBytes);
        for (float sample : pcm) {
            if (!Float.isFinite(sample)) {
                throw new IllegalArgumentException("cannot write a non-finite sample to WAV: " + sample);
            }
            wav.putShort((short) Math.round(Math.max(-1f, Math.min(1f, sample)) * 32767f));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(wav.array());
        }
    }

    private static FFmpegFrameRecorder configure(Path file, SyntheticClip clip, String videoCodec, String audioCodec) {
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), clip.width(), clip.height(), 1);
        recorder.setFormat("mp4");
        recorder.setVideoCodecName(videoCodec);
        recorder.setFrameRate(clip.fps());
        recorder.setGopSize(clip.fps());
        recorder.setPixelFormat(videoCodec.equals("mjpeg") ? avutil.AV_PIX_FMT_YUVJ420P : avutil.AV_PIX_FMT_YUV420P);
        recorder.setVideoBitrate(VIDEO_BITRATE);
        recorder.setAudioCodecName(audioCodec);
        recorder.setSampleRate(clip.audioSampleRate());
        recorder.setAudioChannels(1);
        recorder.setAudioBitrate(AUDIO_BITRATE);
        return recorder;
    }

    /** Interleaves each video frame with the audio of its duration, so the muxer never buffers much. */
    private static void encode(FFmpegFrameRecorder recorder, SyntheticClip clip, Path file) throws IOException {
        float[] audio = SyntheticClipRenderer.audio(clip);
        int frames = SyntheticClipRenderer.frameCount(clip);
        int rowBytes = clip.width() * 3;
        // Direct buffers: JavaCV hands them to FFmpeg without another native copy.
        ByteBuffer pixels = ByteBuffer.allocateDirect(rowBytes * clip.height());
        FloatBuffer samples = ByteBuffer.allocateDirect(audio.length * Float.BYTES)
                .order(ByteOrder.nativeOrder()).asFloatBuffer();
        samples.put(audio);
        boolean finished = false;
        try {
            int audioWritten = 0;
            for (int i = 0; i < frames; i++) {
                pixels.clear();
                pixels.put(SyntheticClipRenderer.frame(clip, i).rgb()).flip();
                recorder.recordImage(clip.width(), clip.height(), Frame.DEPTH_UBYTE, 3, rowBytes,
                        avutil.AV_PIX_FMT_RGB24, pixels);
                int audioEnd = (int) ((long) audio.length * (i + 1) / frames);
                samples.limit(audioEnd).position(audioWritten);
                recorder.recordSamples(clip.audioSampleRate(), 1, samples.slice());
                audioWritten = audioEnd;
            }
            recorder.stop();
            finished = true;
        } catch (FrameRecorder.Exception e) {
            throw new IOException("encoding " + file + " failed: " + e.getMessage(), e);
        } finally {
            releaseQuietly(recorder);
            if (!finished) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void releaseQuietly(FFmpegFrameRecorder recorder) {
        try {
            recorder.release();
        } catch (FrameRecorder.Exception e) {
            // Releasing after a failure: the failure itself is what gets reported.
        }
    }

    private static byte[] ascii(String tag) {
        return tag.getBytes(StandardCharsets.US_ASCII);
    }
}

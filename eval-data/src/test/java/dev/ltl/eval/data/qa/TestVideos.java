package dev.ltl.eval.data.qa;

import dev.ltl.common.media.RgbImage;
import dev.ltl.common.media.SyntheticClip;
import dev.ltl.common.media.SyntheticClipRenderer;
import dev.ltl.common.media.SyntheticClipWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/** Tiny generated videos: a tone in second 1 and a yellow striped object crossing the frame in second 2. */
final class TestVideos {

    static final int OBJECT_RGB = 0xFFFF00;
    static final int EVENT_AUDIO_SECOND = 1;
    static final int EVENT_VIDEO_SECOND = 2;

    private TestVideos() {
    }

    static SyntheticClip clip(int seconds) {
        return new SyntheticClip(seconds, 4, 64, 48, 16_000, 7, 0.005, 0x406080,
                List.of(new SyntheticClip.AudioEvent(EVENT_AUDIO_SECOND, new SyntheticClip.Tone(660), 0.5)),
                List.of(new SyntheticClip.VisualEvent(EVENT_VIDEO_SECOND, OBJECT_RGB)));
    }

    static Path withAudio(Path file, int seconds) throws IOException {
        SyntheticClipWriter.writeMp4(file, clip(seconds));
        return file;
    }

    /** The same picture with no audio stream at all. */
    static Path withoutAudio(Path file, int seconds) throws IOException {
        SyntheticClip clip = clip(seconds);
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), clip.width(), clip.height(), 0);
        recorder.setFormat("mp4");
        recorder.setVideoCodecName("mpeg4");
        recorder.setFrameRate(clip.fps());
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setVideoQuality(2);
        try {
            recorder.start();
            ByteBuffer pixels = ByteBuffer.allocateDirect(clip.width() * clip.height() * 3);
            for (int i = 0; i < SyntheticClipRenderer.frameCount(clip); i++) {
                RgbImage frame = SyntheticClipRenderer.frame(clip, i);
                pixels.clear();
                pixels.put(frame.rgb()).flip();
                recorder.recordImage(clip.width(), clip.height(), Frame.DEPTH_UBYTE, 3, clip.width() * 3,
                        avutil.AV_PIX_FMT_RGB24, pixels);
            }
            recorder.stop();
        } finally {
            recorder.release();
        }
        return file;
    }
}

package dev.ltl.common.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real 10 s AVE and AudioSet clips from {@code ${ltl.shared.dir}/data}. Skipped when the shared directory is
 * absent. The two 720p clips of each set are left out to keep the suite fast.
 */
class RealClipDecodingTest {

    private final MediaDecoder decoder = new MediaDecoder();

    private static Path clip(String relative) {
        String shared = System.getProperty("ltl.shared.dir");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "data")),
                "ltl.shared.dir with data/ is not available");
        Path file = Path.of(shared, "data", relative);
        assertThat(file).as("sample clip listed in data/README.md").isRegularFile();
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ave-sample/0lFf-HP86Q0.mp4, 320, 240",                 // 17.6 fps, mono 44.1 kHz AAC
            "ave-sample/16eUxQwxxbs.mp4, 640, 360",                 // 29.9 fps, stereo 44.1 kHz AAC
            "veba-sample/-2RPPODqLy4_30.000_40.000.mp4, 320, 240",  // 25 fps, stereo 16 kHz AAC
    })
    void tenSecondClipsGiveTenSecondsOfAudioAndTenFrames(String relative, int width, int height) throws Exception {
        Path file = clip(relative);
        for (DecodeOptions options : List.of(DecodeOptions.reference(), new DecodeOptions(0, 0, true, true))) {
            DecodedMedia media = decoder.decode(file, options);

            assertThat(media.numSeconds()).isEqualTo(10);
            assertThat(media.durationS()).isCloseTo(10.0, within(0.06));
            assertThat(media.pcm()).hasSize(160_000);
            assertThat(media.hasAudio()).isTrue();
            assertThat(media.hasVideo()).isTrue();
            assertThat(media.frames()).hasSize(10).allSatisfy(frame -> {
                assertThat(frame.width()).isEqualTo(width);
                assertThat(frame.height()).isEqualTo(height);
            });
            double peak = 0;
            for (float sample : media.pcm()) {
                peak = Math.max(peak, Math.abs(sample));
            }
            assertThat(peak).isBetween(0.01, 1.01);
            assertThat(Signals.rms(media.pcm(), 0, media.pcm().length)).isGreaterThan(0.003);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ave-sample/0lFf-HP86Q0.mp4", "veba-sample/-2RPPODqLy4_30.000_40.000.mp4"})
    void frameTIsTheFirstDecodedFrameAtOrAfterTPlusHalfASecond(String relative) throws Exception {
        Path file = clip(relative);
        // Independent pass over every video frame: its timestamp and its pixels' hash.
        List<Long> timestampsUs = new ArrayList<>();
        List<Integer> hashes = new ArrayList<>();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
            grabber.start();
            long start = grabber.getFormatContext().start_time();
            long origin = start == avutil.AV_NOPTS_VALUE ? 0 : start;
            Frame frame;
            while ((frame = grabber.grabImage()) != null) {
                timestampsUs.add(frame.timestamp - origin);
                hashes.add(Arrays.hashCode(packedRgb(frame)));
            }
        }

        DecodedMedia media = decoder.decode(file, DecodeOptions.reference());

        for (int t = 0; t < 10; t++) {
            long sampleTime = t * 1_000_000L + 500_000L;
            int expected = timestampsUs.size() - 1;
            for (int i = 0; i < timestampsUs.size(); i++) {
                if (timestampsUs.get(i) >= sampleTime) {
                    expected = i;
                    break;
                }
            }
            assertThat(timestampsUs.get(expected)).as("second %d picks a frame at/after its middle", t)
                    .isGreaterThanOrEqualTo(sampleTime);
            assertThat(expected == 0 || timestampsUs.get(expected - 1) < sampleTime).isTrue();
            assertThat(Arrays.hashCode(media.frames().get(t).rgb())).as("frame of second %d", t)
                    .isEqualTo(hashes.get(expected));
        }
    }

    private static byte[] packedRgb(Frame frame) {
        int rowBytes = frame.imageWidth * 3;
        byte[] rgb = new byte[rowBytes * frame.imageHeight];
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        for (int y = 0; y < frame.imageHeight; y++) {
            buffer.get(y * frame.imageStride, rgb, y * rowBytes, rowBytes);
        }
        return rgb;
    }
}

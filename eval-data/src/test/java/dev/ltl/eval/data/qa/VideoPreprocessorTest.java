package dev.ltl.eval.data.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoPreprocessorTest {

    @TempDir
    static Path videos;
    @TempDir
    Path cache;

    private static Path sixSeconds;
    private static Path silent;

    @BeforeAll
    static void writeVideos() throws IOException {
        sixSeconds = TestVideos.withAudio(videos.resolve("six.mp4"), 6);
        silent = TestVideos.withoutAudio(videos.resolve("silent.mkv"), 5);
        Files.writeString(videos.resolve("corrupt.mp4"), "this is not a video");
    }

    @Test
    void writesFramesAtHalfSecondsWavAndMetaCappedAtMaxSeconds() throws Exception {
        PreprocessedVideo v = new VideoPreprocessor(cache, 4).preprocess("six", sixSeconds);

        assertThat(v.numSeconds()).isEqualTo(4);
        assertThat(v.hadAudio()).isTrue();
        assertThat(v.source()).isEqualTo(sixSeconds);
        assertThat(v.frames()).extracting(p -> p.getFileName().toString())
                .containsExactly("frame_0000.jpg", "frame_0001.jpg", "frame_0002.jpg", "frame_0003.jpg");
        // The object crosses the frame only during second 2, so only frame 2 (taken at 2.5 s) shows it.
        assertThat(objectPixels(v.frames().get(2))).isGreaterThan(20);
        for (int t : new int[] {0, 1, 3}) {
            assertThat(objectPixels(v.frames().get(t))).as("frame %d", t).isZero();
        }
        short[] pcm = wavSamples(v.audioWav());
        assertThat(pcm).hasSize(4 * 16_000);
        assertThat(rms(pcm, 1)).isGreaterThan(10 * rms(pcm, 0)); // the tone sounds in second 1

        JsonNode meta = new ObjectMapper().readTree(v.audioWav().resolveSibling("preprocess_meta.json").toFile());
        assertThat(meta.get("video_id").asText()).isEqualTo("six");
        assertThat(meta.get("source").asText()).isEqualTo(sixSeconds.toAbsolutePath().toString());
        assertThat(meta.get("num_frames").asInt()).isEqualTo(4);
        assertThat(meta.get("num_seconds").asInt()).isEqualTo(4);
        assertThat(meta.get("max_seconds").asInt()).isEqualTo(4);
        assertThat(meta.get("fps_sampling").asInt()).isEqualTo(1);
        assertThat(meta.get("frame_offset_s").asDouble()).isEqualTo(0.5);
        assertThat(meta.get("sample_rate").asInt()).isEqualTo(16_000);
        assertThat(meta.get("has_audio").asBoolean()).isTrue();
        assertThat(meta.get("audio_seconds").asDouble()).isEqualTo(4.0);
        assertThat(meta.get("duration_s").asDouble()).isBetween(5.9, 6.2);
    }

    @Test
    void shortVideoGivesOneFramePerSecondBelowTheCap() throws Exception {
        PreprocessedVideo v = new VideoPreprocessor(cache, 120).preprocess("six", sixSeconds);

        assertThat(v.numSeconds()).isEqualTo(6);
        assertThat(v.frames()).hasSize(6);
        assertThat(wavSamples(v.audioWav())).hasSize(6 * 16_000);
    }

    @Test
    void videoWithoutAudioGetsASilentWavOfTSeconds() throws Exception {
        PreprocessedVideo v = new VideoPreprocessor(cache, 120).preprocess("silent", silent);

        assertThat(v.hadAudio()).isFalse();
        assertThat(v.numSeconds()).isEqualTo(5);
        short[] pcm = wavSamples(v.audioWav());
        assertThat(pcm).hasSize(5 * 16_000).containsOnly((short) 0);
        assertThat(objectPixels(v.frames().get(2))).isGreaterThan(20);
        JsonNode meta = new ObjectMapper().readTree(v.audioWav().resolveSibling("preprocess_meta.json").toFile());
        assertThat(meta.get("has_audio").asBoolean()).isFalse();
        assertThat(meta.get("audio_seconds").asDouble()).isEqualTo(5.0);
    }

    @Test
    void secondCallReusesTheEntryEvenFromANewInstance() throws Exception {
        VideoPreprocessor first = new VideoPreprocessor(cache, 4);
        PreprocessedVideo a = first.preprocess("six", sixSeconds);
        Path meta = a.audioWav().resolveSibling(VideoPreprocessor.META_FILE);
        FileTime written = Files.getLastModifiedTime(meta);

        PreprocessedVideo b = first.preprocess("six", sixSeconds);
        VideoPreprocessor second = new VideoPreprocessor(cache, 4);
        PreprocessedVideo c = second.preprocess("six", sixSeconds);

        assertThat(first.decodeCount()).isEqualTo(1);
        assertThat(second.decodeCount()).isZero();
        assertThat(b).isEqualTo(a);
        assertThat(c).isEqualTo(a);
        assertThat(Files.getLastModifiedTime(meta)).isEqualTo(written);
    }

    @Test
    void otherCapOrChangedFileOrIncompleteEntryDecodesAgain() throws Exception {
        Path copy = Files.copy(sixSeconds, Files.createDirectories(cache.resolve("sources")).resolve("six.mp4"));
        VideoPreprocessor four = new VideoPreprocessor(cache, 4);
        PreprocessedVideo original = four.preprocess("six", copy);

        PreprocessedVideo capped = new VideoPreprocessor(cache, 3).preprocess("six", copy);
        assertThat(capped.numSeconds()).isEqualTo(3);
        assertThat(capped.audioWav().getParent()).isNotEqualTo(original.audioWav().getParent());

        Files.setLastModifiedTime(copy, FileTime.fromMillis(Files.getLastModifiedTime(copy).toMillis() - 60_000));
        PreprocessedVideo touched = four.preprocess("six", copy);
        assertThat(touched.audioWav().getParent()).isNotEqualTo(original.audioWav().getParent());
        assertThat(four.decodeCount()).isEqualTo(2);

        Files.delete(touched.frames().get(1));
        PreprocessedVideo rebuilt = four.preprocess("six", copy);
        assertThat(four.decodeCount()).isEqualTo(3);
        assertThat(rebuilt.frames()).allSatisfy(f -> assertThat(f).isRegularFile());
    }

    @Test
    void concurrentCallsForOneVideoLeaveOneCompleteEntry() throws Exception {
        VideoPreprocessor p = new VideoPreprocessor(cache, 4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PreprocessedVideo>> jobs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                jobs.add(pool.submit(() -> p.preprocess("six", sixSeconds)));
            }
            PreprocessedVideo first = jobs.get(0).get();
            for (Future<PreprocessedVideo> job : jobs) {
                assertThat(job.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> entries = Files.list(cache)) {
            assertThat(entries.map(e -> e.getFileName().toString()).toList()).singleElement()
                    .satisfies(name -> assertThat(name).startsWith("six-"));
        }
    }

    @Test
    void corruptFileFailsWithItsName() {
        assertThatThrownBy(() -> new VideoPreprocessor(cache, 4).preprocess("corrupt", videos.resolve("corrupt.mp4")))
                .isInstanceOf(IOException.class).hasMessageContaining("corrupt.mp4");
    }

    @Test
    void prepareAllSkipsMissingAndFailedVideosWithAllowMissing() throws Exception {
        List<QaItem> items = List.of(item("q1", "missing"), item("q2", "six"), item("q3", "corrupt"),
                item("q4", "silent"), item("q5", "six"));

        PreprocessOutcome out = new VideoPreprocessor(cache, 4).prepareAll(items, videos, true, 3, 2);

        assertThat(out.items()).extracting(QaItem::qid).containsExactly("q2", "q4", "q5");
        assertThat(out.videos().keySet()).containsExactly("six", "silent");
        assertThat(out.videos().get("silent").hadAudio()).isFalse();
        assertThat(out.skipped()).extracting(SkippedVideo::videoId, SkippedVideo::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("missing", SkippedVideo.MISSING),
                org.assertj.core.groups.Tuple.tuple("corrupt", SkippedVideo.PREPROCESS_FAILED));
        assertThat(out.skipped().get(0).error()).contains("missing.{mp4,mkv,webm,avi,mov}");
        assertThat(out.skipped().get(1).error()).contains("corrupt.mp4");
    }

    @Test
    void prepareAllWithoutAllowMissingThrowsOnTheFirstProblem() {
        VideoPreprocessor p = new VideoPreprocessor(cache, 4);

        assertThatThrownBy(() -> p.prepareAll(List.of(item("q1", "six"), item("q2", "missing")), videos, false, 0, 1))
                .isInstanceOf(QaDataException.class).hasMessageContaining("video 'missing' not found");
        assertThatThrownBy(() -> p.prepareAll(List.of(item("q1", "corrupt"), item("q2", "six")), videos, false, 0, 2))
                .isInstanceOf(QaDataException.class)
                .hasMessageContaining("preprocessing video 'corrupt' failed");
    }

    @Test
    void prepareAllAbortsBelowMinItems() {
        VideoPreprocessor p = new VideoPreprocessor(cache, 4);
        List<QaItem> items = List.of(item("q1", "six"), item("q2", "missing"), item("q3", "corrupt"));

        assertThatThrownBy(() -> p.prepareAll(items, videos, true, 2, 2))
                .isInstanceOf(QaDataException.class)
                .hasMessageContaining("only 1 of 3 items")
                .hasMessageContaining("2 videos skipped")
                .hasMessageContaining("min_items = 2");
    }

    private static QaItem item(String qid, String videoId) {
        return new QaItem(qid, videoId, "question?", List.of("a", "b"), 0, Map.of());
    }

    /** Pixels close to the yellow object colour. */
    private static int objectPixels(Path jpeg) throws IOException {
        BufferedImage image = ImageIO.read(jpeg.toFile());
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r > 180 && g > 180 && b < 110) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The samples of a 16-bit mono WAV with the canonical 44-byte header. */
    private static short[] wavSamples(Path wav) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(bytes.getShort(22)).as("channels").isEqualTo((short) 1);
        assertThat(bytes.getInt(24)).as("sample rate").isEqualTo(16_000);
        int dataBytes = bytes.getInt(40);
        short[] samples = new short[dataBytes / 2];
        bytes.position(44);
        bytes.asShortBuffer().get(samples);
        return samples;
    }

    private static double rms(short[] pcm, int second) {
        double sum = 0;
        for (int i = second * 16_000; i < (second + 1) * 16_000; i++) {
            sum += (double) pcm[i] * pcm[i];
        }
        return Math.sqrt(sum / 16_000);
    }
}

package dev.ltl.eval.simulate.qa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltl.eval.data.qa.PreprocessedVideo;
import dev.ltl.eval.data.qa.QaDataset;
import dev.ltl.eval.data.qa.QaDatasetFormat;
import dev.ltl.eval.data.qa.QaDatasets;
import dev.ltl.eval.data.qa.QaItem;
import dev.ltl.eval.data.qa.QaLoadOptions;
import dev.ltl.eval.data.qa.VideoPreprocessor;
import dev.ltl.eval.simulate.SceneStyle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedQaTest {

    /** Small enough to encode in a second: 2 videos × 24 s, 2 events each, 128 px frames. */
    static final SimulatedQaSpec SPEC = SimulatedQaSpec.defaults().withVideos(2).withSeconds(24).withEvents(2)
            .withQuestions(3).withFrameSize(128).withClasses(5).withSeed(11);

    @TempDir
    static Path out;
    static SimulatedQaResult result;

    @BeforeAll
    static void generate() throws IOException {
        result = SimulatedQa.generate(out, SPEC, 2);
    }

    @Test
    void writesVideosTranscriptsTruthAndQuestions() throws IOException {
        assertThat(result.videos()).extracting(SimulatedQaVideo::videoId).containsExactly("simqa000", "simqa001");
        for (SimulatedQaVideo video : result.videos()) {
            assertThat(result.videosDir().resolve(video.videoId() + ".mp4")).isRegularFile();
            assertThat(result.wordsDir().resolve(video.videoId() + ".words.json")).isRegularFile();
        }
        assertThat(out.resolve("simulation.json")).isRegularFile();
        assertThat(result.questions()).hasSize(2 * 3);

        QaDataset loaded = QaDatasets.load(QaDatasetFormat.JSONL, result.questionsFile(), QaLoadOptions.defaults());
        assertThat(loaded.items()).isEqualTo(result.questions());
        assertThat(loaded.name()).isEqualTo("questions");
    }

    @Test
    void everyAnswerFollowsFromTheEventTimeline() {
        for (QaItem q : result.questions()) {
            SimulatedQaVideo video = video(q.videoId());
            int eventIndex = Integer.parseInt(q.meta().get("event_index"));
            QaEvent event = video.events().get(eventIndex);
            assertThat(q.options()).hasSize(4).doesNotHaveDuplicates();
            assertThat(q.meta().get("event_start_s")).isEqualTo(Integer.toString(event.start()));
            assertThat(q.meta().get("event_end_s")).isEqualTo(Integer.toString(event.end()));
            assertThat(q.meta().get("event_seconds")).isEqualTo(Arrays.toString(event.seconds()).replace(" ", ""));
            String answer = q.options().get(q.answerIdx());
            switch (q.meta().get("question_type")) {
                case "pattern_during_sound" -> {
                    assertThat(answer).isEqualTo(event.className());
                    assertThat(q.question()).contains(eventIndex == 0 ? "first sound" : "second sound");
                }
                case "when_sound" -> {
                    assertThat(answer).isEqualTo(QaEvent.range(event.start(), event.end()));
                    assertThat(q.question()).contains("the " + event.className() + " sound");
                }
                default -> throw new AssertionError("unexpected type " + q.meta());
            }
        }
        assertThat(result.questions()).extracting(q -> q.meta().get("question_type"))
                .contains("pattern_during_sound", "when_sound");
    }

    @Test
    void eventsAreOrderedApartAndOfDistinctClasses() {
        for (SimulatedQaVideo video : result.videos()) {
            List<QaEvent> events = video.events();
            assertThat(events).hasSize(2);
            assertThat(events.get(0).end()).isLessThan(events.get(1).start());
            assertThat(events.get(0).classIndex()).isNotEqualTo(events.get(1).classIndex());
            assertThat(events).allSatisfy(e -> assertThat(e.end() - e.start()).isBetween(2, 5));
        }
    }

    @Test
    void transcriptSaysTheClassNameInEveryEventSecondAndNowhereElse() throws IOException {
        for (SimulatedQaVideo video : result.videos()) {
            JsonNode root = new ObjectMapper().readTree(result.wordsDir().resolve(video.videoId() + ".words.json")
                    .toFile());
            assertThat(root.get("video_id").asText()).isEqualTo(video.videoId());
            List<String> classNames = SimulatedQaSpec.CLASS_NAMES;
            for (JsonNode w : root.get("words")) {
                int second = (int) Math.floor(w.get("start_s").asDouble());
                assertThat(w.get("end_s").asDouble()).isGreaterThan(w.get("start_s").asDouble()).isLessThan(second + 1);
                String expected = video.eventAt(second).map(QaEvent::className).orElse(null);
                if (expected != null) {
                    assertThat(w.get("text").asText()).isEqualTo(expected);
                } else {
                    assertThat(classNames).doesNotContain(w.get("text").asText());
                }
            }
            long eventSeconds = video.events().stream().mapToLong(e -> e.end() - e.start()).sum();
            long namedSeconds = Stream.iterate(0, i -> i + 1).limit(root.get("words").size())
                    .map(i -> root.get("words").get(i).get("text").asText()).filter(classNames::contains).count();
            assertThat(namedSeconds).isEqualTo(eventSeconds);
        }
    }

    @Test
    void decodedVideoShowsTheCardAndSoundsTheClassOnlyDuringEvents(@TempDir Path cache) throws IOException {
        SceneStyle style = SPEC.sceneStyle();
        VideoPreprocessor preprocessor = new VideoPreprocessor(cache, 120);
        for (SimulatedQaVideo video : result.videos()) {
            PreprocessedVideo decoded = preprocessor.preprocess(video.videoId(),
                    result.videosDir().resolve(video.videoId() + ".mp4"));
            assertThat(decoded.numSeconds()).isEqualTo(SPEC.seconds());
            assertThat(decoded.hadAudio()).isTrue();
            short[] pcm = wavSamples(decoded.audioWav());
            double quiet = quietSecondRms(video, pcm);
            for (int t = 0; t < SPEC.seconds(); t++) {
                boolean event = video.eventAt(t).isPresent();
                assertThat(cardVisible(decoded.frames().get(t), video, t, style)).as("%s second %d", video.videoId(), t)
                        .isEqualTo(event);
                if (event) {
                    assertThat(rms(pcm, t)).as("%s second %d", video.videoId(), t).isGreaterThan(5 * quiet);
                }
            }
        }
    }

    private static SimulatedQaVideo video(String id) {
        return result.videos().stream().filter(v -> v.videoId().equals(id)).findFirst().orElseThrow();
    }

    /** Whether a 3×3 block just inside the card's top-left corner is near white. */
    private static boolean cardVisible(Path jpeg, SimulatedQaVideo video, int t, SceneStyle style) throws IOException {
        BufferedImage image = ImageIO.read(jpeg.toFile());
        int cardX = video.scene().patchX()[t] + style.patchPx() / 2 - style.cardPx() / 2 + 2;
        int cardY = video.scene().patchY()[t] + style.patchPx() / 2 - style.cardPx() / 2 + 2;
        int minChannel = 255;
        for (int y = cardY; y < cardY + 3; y++) {
            for (int x = cardX; x < cardX + 3; x++) {
                int rgb = image.getRGB(x, y);
                minChannel = Math.min(minChannel, Math.min((rgb >> 16) & 0xFF, Math.min((rgb >> 8) & 0xFF, rgb & 0xFF)));
            }
        }
        return minChannel > 215;
    }

    /** RMS of the first second with neither an event nor a distractor. */
    private static double quietSecondRms(SimulatedQaVideo video, short[] pcm) {
        for (int t = 0; t < SPEC.seconds(); t++) {
            int second = t;
            if (video.eventAt(t).isEmpty() && video.distractors().stream().noneMatch(d -> d.second() == second)) {
                return rms(pcm, t);
            }
        }
        throw new AssertionError("no quiet second");
    }

    private static short[] wavSamples(Path wav) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
        short[] samples = new short[bytes.getInt(40) / 2];
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

package dev.ltl.eval.simulate.epic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltl.eval.data.epic.EpicDataset;
import dev.ltl.eval.data.epic.EpicVideo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulated EPIC benchmark: its plan's invariants and files the EPIC loader reads back. */
class SimulatedEpicTest {

    @Test
    void plansVideosOfThirtyToSixtySecondsWithSeveralDistinctSeparatedSegments() {
        SimulatedEpicSpec spec = SimulatedEpicSpec.defaults();
        List<SimulatedEpicVideo> videos = SimulatedEpic.plan(spec);
        assertThat(videos).hasSize(36);
        assertThat(videos.stream().filter(v -> v.split().equals("val"))).hasSize(12);
        for (SimulatedEpicVideo video : videos) {
            assertThat(video.seconds()).isBetween(30, 60);
            assertThat(video.segments()).hasSizeBetween(2, 4);
            Set<Integer> classes = new HashSet<>();
            int previousEnd = 0;
            for (SimulatedEpicVideo.Segment segment : video.segments()) {
                assertThat(classes.add(segment.classIndex())).isTrue();
                assertThat(segment.start()).isGreaterThan(previousEnd);
                assertThat(segment.end() - segment.start()).isBetween(2, 6);
                assertThat(segment.end()).isLessThan(video.seconds());
                previousEnd = segment.end();
            }
        }
        assertThat(SimulatedEpic.plan(spec)).usingRecursiveComparison().isEqualTo(videos);
        assertThat(SimulatedEpic.plan(spec.withSeed(1)).get(0).segments()).isNotEqualTo(videos.get(0).segments());
    }

    @Test
    void writesEpicFilesTheLoaderReadsBack(@TempDir Path dir) throws IOException {
        SimulatedEpicSpec small = new SimulatedEpicSpec(2, 1, 10, 12, 1, 2, 3, 3, 128, 0.01);
        SimulatedEpicResult result = SimulatedEpic.generate(dir, small);
        EpicDataset dataset = EpicDataset.load(result.trainCsv(), result.valCsv()).restrictTo(result.trainIds(),
                result.valIds());
        assertThat(dataset.train()).hasSize(2);
        assertThat(dataset.val()).hasSize(1);
        for (SimulatedEpicVideo video : result.videos()) {
            assertThat(result.videosDir().resolve(video.videoId() + ".mp4")).isNotEmptyFile();
            EpicVideo loaded = (video.split().equals("train") ? dataset.train() : dataset.val()).stream()
                    .filter(v -> v.videoId().equals(video.videoId())).findFirst().orElseThrow();
            assertThat(loaded.classIds()).containsExactlyInAnyOrderElementsOf(
                    video.segments().stream().map(SimulatedEpicVideo.Segment::classIndex).toList());
            assertThat(loaded.segments().get(0).startSeconds()).isEqualTo(video.segments().get(0).start());
        }
        assertThat(Files.readString(result.trainCsv())).startsWith("annotation_id,participant_id,video_id,");
    }
}

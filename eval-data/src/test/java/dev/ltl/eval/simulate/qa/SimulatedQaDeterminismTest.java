package dev.ltl.eval.simulate.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedQaDeterminismTest {

    private static final SimulatedQaSpec TINY = SimulatedQaSpec.defaults().withVideos(2).withEvents(1)
            .withSeconds(12).withQuestions(2).withFrameSize(128).withSeed(5);

    @Test
    void sameSpecWritesByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws IOException {
        SimulatedQa.generate(a, TINY, 1);
        SimulatedQa.generate(b, TINY, 2);

        List<Path> files = relativeFiles(a);
        assertThat(files).containsExactlyInAnyOrderElementsOf(relativeFiles(b))
                .contains(Path.of("questions.jsonl"), Path.of("simulation.json"), Path.of("videos/simqa000.mp4"),
                        Path.of("words/simqa001.words.json"));
        for (Path file : files) {
            assertThat(Files.readAllBytes(a.resolve(file))).as(file.toString()).isEqualTo(Files.readAllBytes(b.resolve(file)));
        }
    }

    @Test
    void anotherSeedGivesAnotherBenchmark() {
        SimulatedQaSpec other = TINY.withSeed(6);

        assertThat(SimulatedQa.plan(other)).isNotEqualTo(SimulatedQa.plan(TINY));
        assertThat(SimulatedQa.questions(other, SimulatedQa.plan(other)))
                .isNotEqualTo(SimulatedQa.questions(TINY, SimulatedQa.plan(TINY)));
        assertThat(SimulatedQa.questions(TINY, SimulatedQa.plan(TINY)))
                .isEqualTo(SimulatedQa.questions(TINY, SimulatedQa.plan(TINY)));
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}

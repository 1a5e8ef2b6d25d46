package dev.ltl.eval.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictionsJsonlTest {
    private static final Map<String, Object> CONFIG = config(16);

    private static Map<String, Object> config(Object budget) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("task", "intentqa");
        c.put("budget_frames", budget);
        c.put("methods", List.of("uniform", "audio"));
        c.put("strategy", "ppl");
        return c;
    }

    @Test
    void newFileStartsWithTheConfigHeaderAndStreamsOneLinePerRow(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run/predictions.jsonl");
        QaPrediction a = QaRows.row("q1", "uniform", true);
        QaPrediction b = new QaPrediction("q1", "v1", "audio", 4, 30, List.of(2, 3, 9, 20), List.of(9, 20),
                List.of(3), 0.35, 0.5, 0, 1, false, false, List.of(-0.7, -0.9), Map.of("total_s", 1.25),
                Map.of("vision_tokens", 1024), null, Map.of("type", "CH"));
        try (PredictionsWriter w = PredictionsJsonl.open(file, CONFIG)) {
            w.append(a);
            // Visible on disk before close: each row is flushed as it is appended.
            assertThat(Files.readAllLines(file)).hasSize(2);
            w.append(b);
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(
                "{\"_config\":{\"task\":\"intentqa\",\"budget_frames\":16,\"methods\":[\"uniform\",\"audio\"],"
                        + "\"strategy\":\"ppl\"}}");
        assertThat(lines.get(2)).startsWith("{\"qid\":\"q1\",\"video_id\":\"v1\",\"method\":\"audio\","
                + "\"budget_frames\":4,\"num_seconds\":30,\"selected_seconds\":[2,3,9,20],"
                + "\"background_seconds\":[9,20],\"anchor_seconds\":[3],\"alpha\":0.35,\"q_bar\":0.5,\"pred_idx\":0,");
        assertThat(PredictionsJsonl.read(file)).containsExactly(a, b);
        assertThat(PredictionsJsonl.readConfig(file)).isEqualTo(CONFIG);
    }

    @Test
    void reopeningResumesWithTheDoneKeys(@TempDir Path dir) {
        Path file = dir.resolve("predictions.jsonl");
        try (PredictionsWriter w = PredictionsJsonl.open(file, CONFIG)) {
            w.append(QaRows.row("q1", "uniform", true));
            w.append(QaRows.row("q1", "audio", false));
        }
        // Same config with the budget as a long: equal as JSON, so the resume is accepted.
        try (PredictionsWriter w = PredictionsJsonl.open(file, config(16L))) {
            assertThat(w.doneKeys()).containsExactly("q1|uniform", "q1|audio");
            w.append(QaRows.row("q2", "uniform", true));
            assertThat(w.doneKeys()).contains("q2|uniform");
        }
        assertThat(PredictionsJsonl.read(file)).extracting(QaPrediction::key)
                .containsExactly("q1|uniform", "q1|audio", "q2|uniform");
    }

    @Test
    void aDifferentConfigIsRefusedNamingTheKeysAndLeavesTheFileAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("predictions.jsonl");
        try (PredictionsWriter w = PredictionsJsonl.open(file, CONFIG)) {
            w.append(QaRows.row("q1", "uniform", true));
        }
        byte[] before = Files.readAllBytes(file);
        Map<String, Object> other = config(8);
        other.remove("strategy");
        other.put("seed", 1);
        assertThatThrownBy(() -> PredictionsJsonl.open(file, other))
                .isInstanceOfSatisfying(ConfigMismatchException.class, e -> {
                    assertThat(e.differingKeys()).containsExactly("budget_frames", "seed", "strategy");
                    assertThat(e.getMessage()).contains("budget_frames", "seed", "strategy");
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aCrashCutLastLineIsDroppedAndRewrittenAway(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("predictions.jsonl");
        try (PredictionsWriter w = PredictionsJsonl.open(file, CONFIG)) {
            w.append(QaRows.row("q1", "uniform", true));
        }
        long complete = Files.size(file);
        String cut = "{\"qid\":\"q2\",\"video_id\":\"vid_q2\",\"method\":\"uni";
        Files.writeString(file, cut, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        // Reading ignores the partial line without touching the file.
        assertThat(PredictionsJsonl.read(file)).extracting(QaPrediction::key).containsExactly("q1|uniform");
        assertThat(Files.size(file)).isEqualTo(complete + cut.length());

        try (PredictionsWriter w = PredictionsJsonl.open(file, CONFIG)) {
            assertThat(Files.size(file)).isEqualTo(complete);
            assertThat(w.doneKeys()).containsExactly("q1|uniform");
            w.append(QaRows.row("q2", "uniform", false));
        }
        assertThat(Files.readAllLines(file)).hasSize(3).noneMatch(l -> l.contains("\"uni\""));
        assertThat(PredictionsJsonl.read(file)).extracting(QaPrediction::key)
                .containsExactly("q1|uniform", "q2|uniform");
    }

    @Test
    void aFileCutInsideItsHeaderStartsAfresh(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("predictions.jsonl");
        Files.writeString(file, "{\"_config\":{\"task\":\"int");
        try (PredictionsWriter w = PredictionsJsonl.open(file, CONFIG)) {
            assertThat(w.doneKeys()).isEmpty();
        }
        assertThat(PredictionsJsonl.readConfig(file)).isEqualTo(CONFIG);
        assertThat(PredictionsJsonl.read(file)).isEmpty();
    }

    @Test
    void aFileWithoutAHeaderIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("predictions.jsonl");
        Files.writeString(file, "{\"qid\":\"q1\"}\n");
        assertThatThrownBy(() -> PredictionsJsonl.open(file, CONFIG)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("_config");
    }

    @Test
    void duplicateRowsAreRefusedInTheWriterAndInTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("predictions.jsonl");
        try (PredictionsWriter w = PredictionsJsonl.open(file, CONFIG)) {
            w.append(QaRows.row("q1", "uniform", true));
            assertThatThrownBy(() -> w.append(QaRows.row("q1", "uniform", false)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q1|uniform");
        }
        try (PredictionsWriter w = PredictionsJsonl.open(file, CONFIG)) {
            assertThatThrownBy(() -> w.append(QaRows.row("q1", "uniform", true)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        List<String> lines = Files.readAllLines(file);
        Files.writeString(file, lines.get(1) + "\n", StandardOpenOption.APPEND);
        assertThatThrownBy(() -> PredictionsJsonl.read(file)).hasMessageContaining("duplicate row q1|uniform");
    }

    @Test
    void concurrentAppendsAllLandOnTheirOwnLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("predictions.jsonl");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (PredictionsWriter w = PredictionsJsonl.open(file, CONFIG)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String qid = "q" + i;
                done.add(pool.submit(() -> w.append(QaRows.row(qid, "uniform", true))));
                done.add(pool.submit(() -> w.append(QaRows.row(qid, "audio", false))));
            }
            for (Future<?> f : done) {
                f.get();
            }
            assertThat(w.doneKeys()).hasSize(80);
        } finally {
            pool.shutdown();
        }
        assertThat(PredictionsJsonl.read(file)).hasSize(80);
    }

    @Test
    void aSecondWriterOnAnOpenFileIsRefused(@TempDir Path dir) {
        Path file = dir.resolve("predictions.jsonl");
        try (PredictionsWriter w = PredictionsJsonl.open(file, CONFIG)) {
            assertThatThrownBy(() -> PredictionsJsonl.open(file, CONFIG)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already open");
            w.append(QaRows.row("q1", "uniform", true));
        }
        try (PredictionsWriter again = PredictionsJsonl.open(file, CONFIG)) {
            assertThat(again.doneKeys()).containsExactly("q1|uniform");
        }
    }

    @Test
    void aClosedWriterRefusesRows(@TempDir Path dir) {
        PredictionsWriter w = PredictionsJsonl.open(dir.resolve("p.jsonl"), CONFIG);
        w.close();
        assertThatThrownBy(() -> w.append(QaRows.row("q1", "uniform", true))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailedItemIsInvalidAndWrong() {
        QaPrediction failed = new QaPrediction("q1", "v1", "audio", 4, 30, null, null, null, null, null, 1, 1, true,
                false, null, null, null, "image failed to decode", null);
        assertThat(failed.failed()).isTrue();
        assertThat(failed.correct()).isFalse();
        assertThat(failed.invalid()).isTrue();
        assertThat(failed.predIdx()).isEqualTo(-1);
        assertThat(failed.selectedSeconds()).isEmpty();
        assertThat(failed.meta()).isEmpty();
    }

    @Test
    void aFailedRowRoundTrips(@TempDir Path dir) {
        Path file = dir.resolve("p.jsonl");
        QaPrediction failed = new QaPrediction("q9", "v9", "uniform", 4, 30, null, null, null, null, null, -1, 2,
                false, true, null, null, null, "unknown model", Map.of("type", "TN"));
        try (PredictionsWriter w = PredictionsJsonl.open(file, CONFIG)) {
            w.append(failed);
        }
        assertThat(PredictionsJsonl.read(file)).containsExactly(failed);
    }
}

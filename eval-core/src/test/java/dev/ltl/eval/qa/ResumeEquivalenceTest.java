package dev.ltl.eval.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed mid-write and resumed ends with the same metrics as an uninterrupted one. */
class ResumeEquivalenceTest {
    private static final List<String> METHODS = List.of("uniform", "audio");
    private static final QaRunInfo RUN = new QaRunInfo("sim", "test", METHODS, 4, 120, 3, "letter_likelihood",
            new QaRunInfo.Model("tiny", "cpu", "fp32"));
    private static final Map<String, Object> CONFIG = Map.of("task", "sim", "budget_frames", 4, "seed", 3);

    private static List<QaPrediction> allRows(double latency) {
        List<QaPrediction> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            for (String m : METHODS) {
                boolean correct = (i * 7 + m.length()) % 3 != 0;
                rows.add(new QaPrediction("q" + i, "v" + i, m, 4, 60, List.of(0, 20, 40, 59), List.of(), List.of(),
                        null, m.equals("audio") ? 0.1 * (i % 10) : null, correct ? 2 : 0, 2, correct, false,
                        List.of(-1.0, -2.0, -0.5), Map.of("total_s", latency + i), Map.of("vision_tokens", 64),
                        null, Map.of()));
            }
        }
        return rows;
    }

    @Test
    void killedAndResumedRunWritesTheSameMetrics(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole/predictions.jsonl");
        try (PredictionsWriter w = PredictionsJsonl.open(whole, CONFIG)) {
            allRows(0.5).forEach(w::append);
        }

        // First attempt: 25 rows in reverse order, then killed in the middle of the 26th line.
        Path resumed = dir.resolve("resumed/predictions.jsonl");
        List<QaPrediction> firstAttempt = new ArrayList<>(allRows(2.0));
        Collections.reverse(firstAttempt);
        try (PredictionsWriter w = PredictionsJsonl.open(resumed, CONFIG)) {
            firstAttempt.subList(0, 25).forEach(w::append);
        }
        String line = JsonlLines.MAPPER.writeValueAsString(firstAttempt.get(25));
        Files.writeString(resumed, line.substring(0, line.length() / 2), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        // Second attempt: skip what is done, answer the rest.
        try (PredictionsWriter w = PredictionsJsonl.open(resumed, CONFIG)) {
            for (QaPrediction row : allRows(1.0)) {
                if (!w.doneKeys().contains(row.key())) {
                    w.append(row);
                }
            }
        }

        List<QaPrediction> resumedRows = PredictionsJsonl.read(resumed);
        assertThat(resumedRows).hasSize(60);
        QaMetricsJson a = QaMetricsJson.assemble(RUN, PredictionsJsonl.read(whole), 300,
                new QaMetricsJson.StageTimings(1, 30, 31), List.of(), Map.of("predictions", "predictions.jsonl"));
        QaMetricsJson b = QaMetricsJson.assemble(RUN, resumedRows, 300,
                new QaMetricsJson.StageTimings(0, 50, 50), List.of(), Map.of("predictions", "predictions.jsonl"));
        assertThat(b.summary()).isEqualTo(a.summary());
        assertThat(b.deltaVsUniform()).isEqualTo(a.deltaVsUniform());
        assertThat(b.comparableView()).isEqualTo(a.comparableView());
    }
}

package dev.ltl.eval.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltl.eval.artifacts.ArtifactJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QaMetricsTest {
    private static final List<String> METHODS = List.of("uniform", "audio", "text_only");
    private static final QaRunInfo RUN = new QaRunInfo("intentqa", "val", METHODS, 16, 120, 0, "ppl",
            new QaRunInfo.Model("Qwen2-VL-2B-Instruct", "cuda:0", "bf16"));

    /** uniform 6/10, audio 7/10 (paired diffs +1 ×2, −1 ×1), text_only 3/10 with one invalid. */
    private static List<QaPrediction> rows() {
        boolean[][] correct = {
            {true, true, true, true, true, true, false, false, false, false},
            {true, true, true, true, true, false, true, true, false, false},
            {true, false, true, false, false, false, true, false, false, false},
        };
        List<QaPrediction> rows = new ArrayList<>(QaRows.matrix(METHODS, correct));
        rows.set(29, QaRows.invalid("q009", "text_only"));
        return rows;
    }

    @Test
    void summaryAndDeltaFollowTheSpec() {
        QaMetrics.Result r = QaMetrics.compute(rows(), METHODS, 300, 0);
        assertThat(r.summary()).containsExactly(
                new MethodSummary("uniform", 10, 0.6, 0.0),
                new MethodSummary("audio", 10, 0.7, 0.0),
                new MethodSummary("text_only", 10, 0.3, 0.1));
        assertThat(r.deltaVsUniform()).containsOnlyKeys("audio", "text_only");
        assertThat(List.copyOf(r.deltaVsUniform().keySet())).containsExactly("audio", "text_only");
        BootstrapDelta audio = r.deltaVsUniform().get("audio");
        assertThat(audio.mean()).isCloseTo(0.1, within(1e-12));
        assertThat(audio.n()).isEqualTo(10);
        assertThat(audio.nBoot()).isEqualTo(300);
        assertThat(audio.lo()).isLessThan(audio.mean());
        assertThat(audio.hi()).isGreaterThan(audio.mean());
        assertThat(r.deltaVsUniform().get("text_only").mean()).isCloseTo(-0.3, within(1e-12));
    }

    @Test
    void deltasPairOnlyTheItemsBothMethodsAnswered() {
        List<QaPrediction> rows = new ArrayList<>(rows());
        rows.removeIf(p -> p.method().equals("uniform") && p.qid().equals("q000"));
        rows.add(QaRows.row("q100", "audio", true));
        QaMetrics.Result r = QaMetrics.compute(rows, METHODS, 300, 0);
        assertThat(r.summary().get(0).n()).isEqualTo(9);
        assertThat(r.summary().get(1).n()).isEqualTo(11);
        BootstrapDelta audio = r.deltaVsUniform().get("audio");
        assertThat(audio.n()).isEqualTo(9);
        assertThat(audio.mean()).isCloseTo(1.0 / 9, within(1e-12));
    }

    @Test
    void metricsDoNotDependOnRowOrder() {
        List<QaPrediction> shuffled = new ArrayList<>(rows());
        Collections.shuffle(shuffled, new Random(4));
        assertThat(QaMetrics.compute(shuffled, METHODS, 300, 7)).isEqualTo(QaMetrics.compute(rows(), METHODS, 300, 7));
    }

    @Test
    void unlistedMethodsAreIgnoredAndDuplicatesRefused() {
        List<QaPrediction> rows = new ArrayList<>(rows());
        rows.add(QaRows.row("q000", "random", true));
        assertThat(QaMetrics.compute(rows, METHODS, 300, 0)).isEqualTo(QaMetrics.compute(rows(), METHODS, 300, 0));
        rows.add(QaRows.row("q000", "audio", false));
        assertThatThrownBy(() -> QaMetrics.compute(rows, METHODS, 300, 0)).hasMessageContaining("q000|audio");
    }

    @Test
    void noUniformRowsMeansNoDeltasAndAnEmptyMethodIsNaN() {
        List<QaPrediction> rows = rows().stream().filter(p -> !p.method().equals("uniform")).toList();
        QaMetrics.Result r = QaMetrics.compute(rows, METHODS, 300, 0);
        assertThat(r.deltaVsUniform()).isEmpty();
        assertThat(r.summary().get(0).n()).isZero();
        assertThat(r.summary().get(0).acc()).isNaN();
    }

    @Test
    void accountingMatchesNumpyPercentiles() {
        double[] latencies = {1.2, 0.8, 3.5, 2.2, 0.9};
        List<QaPrediction> rows = new ArrayList<>();
        for (int i = 0; i < latencies.length; i++) {
            rows.add(new QaPrediction("q" + i, "v", "uniform", 4, 30, List.of(), List.of(), List.of(), null, null, 1,
                    1, true, false, List.of(), Map.of("total_s", latencies[i]),
                    Map.of("vision_tokens", 100 * (i + 1), "prompt_tokens", 500L), null, Map.of()));
        }
        rows.add(QaRows.invalid("q9", "uniform"));
        QaAccounting.MethodAccounting a = QaAccounting.compute(rows, List.of("uniform", "audio")).get("uniform");
        assertThat(a.n()).isEqualTo(6);
        // np.percentile([1.2, 0.8, 3.5, 2.2, 0.9], [50, 90, 99]) = [1.2, 2.98, 3.448]
        assertThat(a.latencyS().n()).isEqualTo(5);
        assertThat(a.latencyS().mean()).isCloseTo(1.72, within(1e-12));
        assertThat(a.latencyS().p50()).isCloseTo(1.2, within(1e-12));
        assertThat(a.latencyS().p90()).isCloseTo(2.98, within(1e-12));
        assertThat(a.latencyS().p99()).isCloseTo(3.448, within(1e-12));
        assertThat(a.visionTokens()).isEqualTo(new QaAccounting.Tokens(5, 1500, 300.0));
        assertThat(a.promptTokens()).isEqualTo(new QaAccounting.Tokens(5, 2500, 500.0));
        QaAccounting.MethodAccounting none = QaAccounting.compute(rows, List.of("audio")).get("audio");
        assertThat(none.latencyS()).isEqualTo(new QaAccounting.Latency(0, null, null, null, null));
        assertThat(none.visionTokens()).isEqualTo(new QaAccounting.Tokens(0, 0, null));
    }

    @Test
    void metricsJsonHasTheSpecKeyOrderAndRoundTrips(@TempDir Path dir) throws Exception {
        QaMetricsJson m = QaMetricsJson.assemble(RUN, rows(), 300, new QaMetricsJson.StageTimings(12.5, 40.0, 52.5),
                List.of(new SkippedVideo("v404", SkippedVideo.MISSING_VIDEO, null)),
                Map.of("predictions", "predictions.jsonl"));
        Path file = dir.resolve("metrics.json");
        m.write(file);
        JsonNode tree = ArtifactJson.mapper().readTree(file.toFile());
        List<String> keys = new ArrayList<>();
        tree.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("task", "split", "n_items", "methods", "budget_frames", "max_seconds", "seed",
                "strategy", "model", "timings_s", "summary", "delta_vs_uniform", "skipped_videos", "artifacts",
                "accounting");
        assertThat(fieldNames(tree.get("model"))).containsExactly("name", "device", "dtype");
        assertThat(fieldNames(tree.get("timings_s"))).containsExactly("preprocess", "eval", "total");
        assertThat(fieldNames(tree.get("summary").get(0))).containsExactly("method", "n", "acc", "invalid_rate");
        assertThat(fieldNames(tree.get("delta_vs_uniform").get("audio")))
                .containsExactly("mean", "lo", "hi", "n", "n_boot");
        assertThat(fieldNames(tree.get("skipped_videos").get(0))).containsExactly("video_id", "reason", "error");
        assertThat(fieldNames(tree.get("accounting").get("uniform")))
                .containsExactly("n", "latency_s", "vision_tokens", "prompt_tokens");
        assertThat(tree.get("n_items").asInt()).isEqualTo(10);
        assertThat(QaMetricsJson.read(file)).isEqualTo(m);
    }

    @Test
    void comparableViewIgnoresOnlyWallClockValues() {
        List<QaPrediction> slower = rows().stream().map(p -> new QaPrediction(p.qid(), p.videoId(), p.method(),
                p.budgetFrames(), p.numSeconds(), p.selectedSeconds(), p.backgroundSeconds(), p.anchorSeconds(),
                p.alpha(), p.qBar(), p.predIdx(), p.answerIdx(), p.correct(), p.invalid(), p.optionScores(),
                Map.of("total_s", 9.0), p.tokens(), p.error(), p.meta())).toList();
        QaMetricsJson first = QaMetricsJson.assemble(RUN, rows(), 300, new QaMetricsJson.StageTimings(1, 2, 3),
                List.of(), Map.of());
        QaMetricsJson resumed = QaMetricsJson.assemble(RUN, slower, 300, new QaMetricsJson.StageTimings(4, 5, 9),
                List.of(), Map.of());
        assertThat(resumed).isNotEqualTo(first);
        assertThat(resumed.comparableView()).isEqualTo(first.comparableView());
        assertThat(first.comparableView().has("timings_s")).isFalse();

        List<QaPrediction> changed = new ArrayList<>(rows());
        changed.set(0, QaRows.row("q000", "uniform", false));
        QaMetricsJson other = QaMetricsJson.assemble(RUN, changed, 300, new QaMetricsJson.StageTimings(1, 2, 3),
                List.of(), Map.of());
        assertThat(other.comparableView()).isNotEqualTo(first.comparableView());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

package dev.ltl.eval.epic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ltl.eval.artifacts.ArtifactJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values from a numpy transcription of scikit-learn's definitions (see each test). */
class MultiLabelMetricsTest {
    private static final int[][] TRUTH = {{1, 1, 0, 0}, {1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 0, 0}, {1, 0, 0, 0},
        {1, 0, 1, 0}, {0, 0, 0, 0}, {1, 0, 0, 0}, {0, 0, 1, 0}, {1, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}};
    private static final double[][] SCORES = {{0.8, 0.4, 0.5, 0.1}, {0.7, 0.3, 0.9, 0.3}, {0.6, 0.4, 0.6, 0.2},
        {0.2, 0.7, 0.8, 0.6}, {0.9, 0.2, 0.9, 0.2}, {1.0, 0.6, 0.6, 1.0}, {0.8, 0.8, 0.1, 0.4}, {0.1, 0.2, 0.2, 0.9},
        {0.1, 0.3, 0.5, 0.8}, {1.0, 0.7, 0.2, 0.5}, {0.7, 0.1, 0.7, 0.4}, {0.6, 0.7, 0.7, 0.5}};

    @Test
    void averagePrecisionIsTheMeanPrecisionAtEachPositiveWithoutTies() {
        // precisions at the positives: 1, 2/3, 3/4 → 0.80556
        assertThat(MultiLabelMetrics.averagePrecision(new boolean[] {true, false, true, true, false},
                new double[] {0.9, 0.8, 0.7, 0.3, 0.1}).getAsDouble()).isCloseTo(0.8055555555555556, within(1e-12));
    }

    @Test
    void tiedScoresEnterAsOneThreshold() {
        // three tied at 0.5 holding both positives: one step to recall 1 at precision 2/3
        assertThat(MultiLabelMetrics.averagePrecision(new boolean[] {true, false, false, true},
                new double[] {0.5, 0.5, 0.2, 0.5}).getAsDouble()).isCloseTo(2.0 / 3.0, within(1e-12));
    }

    @Test
    void noPositiveMeansNoAp() {
        assertThat(MultiLabelMetrics.averagePrecision(new boolean[] {false, false}, new double[] {0.1, 0.9})).isEmpty();
    }

    @Test
    void mapSkipsClassesWithoutAPositive() {
        // per-class AP 0.83571, 0.28571, 0.18254, (none) → 0.43466
        assertThat(MultiLabelMetrics.meanAveragePrecision(truth(), SCORES)).isCloseTo(0.4346560846560847, within(1e-12));
    }

    @Test
    void macroF1AveragesEveryClassWithZeroForEmptyOnes() {
        // per-class F1 at 0.5: 0.66667, 0, 0.36364, 0 (class 3: no positive, 4 false alarms) → 0.25758
        assertThat(MultiLabelMetrics.macroF1(truth(), SCORES, 0.5)).isCloseTo(0.25757575757575757, within(1e-12));
        boolean[][] none = {{false}, {false}};
        assertThat(MultiLabelMetrics.macroF1(none, new double[][] {{0.1}, {0.2}}, 0.5)).isZero();
    }

    @Test
    void perfectScoresGiveOne() {
        boolean[][] truth = truth();
        double[][] perfect = new double[truth.length][4];
        for (int v = 0; v < truth.length; v++) {
            for (int c = 0; c < 4; c++) {
                perfect[v][c] = truth[v][c] ? 0.9 : 0.1;
            }
        }
        assertThat(MultiLabelMetrics.meanAveragePrecision(truth, perfect)).isEqualTo(1.0);
    }

    @Test
    void methodMetricsSummariseSeedsAndSerialiseSnakeCase() {
        EpicMethodMetrics metrics = EpicMethodMetrics.of(List.of(new EpicSeedMetrics(0, 0.4, 0.2),
                new EpicSeedMetrics(1, 0.6, 0.4)), 1960);
        assertThat(metrics.mapMean()).isCloseTo(0.5, within(1e-12));
        assertThat(metrics.mapStd()).isCloseTo(Math.sqrt(0.02), within(1e-12));
        Map<String, EpicMethodMetrics> methods = new LinkedHashMap<>();
        methods.put("uniform", metrics);
        String json = ArtifactJson.toJson(new EpicMetricsJson(EpicMetricsJson.TASK, methods, 23520, 120, 120, "clip",
                5, 10, 4, List.of(0L, 1L), 10, Map.of("uniform", 0.0), Map.of("total", 1.0)));
        assertThat(json).contains("\"task\"", "epic_sounds", "\"map_mean\"", "\"f1_std\"", "\"per_seed\"",
                "\"budget_tokens\"", "\"n_train\"", "\"n_val\"", "\"macro_f1\"");
    }

    private static boolean[][] truth() {
        boolean[][] out = new boolean[TRUTH.length][];
        for (int v = 0; v < TRUTH.length; v++) {
            out[v] = new boolean[TRUTH[v].length];
            for (int c = 0; c < TRUTH[v].length; c++) {
                out[v][c] = TRUTH[v][c] == 1;
            }
        }
        return out;
    }
}

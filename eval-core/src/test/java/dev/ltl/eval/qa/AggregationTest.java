package dev.ltl.eval.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregationTest {
    private static final List<String> METHODS = List.of("uniform", "audio");

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void acrossRunsMatchesScipyT() {
        // mean, std(ddof=1), stats.t.ppf(0.975, 2) · std / √3 of [0.61, 0.64, 0.58]
        AcrossRuns a = AcrossRuns.of(new double[] {0.61, 0.64, 0.58});
        assertThat(a.n()).isEqualTo(3);
        assertThat(a.mean()).isCloseTo(0.61, within(1e-12));
        assertThat(a.std()).isCloseTo(0.030000000000000027, within(1e-12));
        assertThat(a.ci95HalfWidth()).isCloseTo(0.07452413135250997, within(1e-9));
        assertThat(a.ci95Lo()).isCloseTo(0.61 - 0.07452413135250997, within(1e-9));
        assertThat(a.ci95Hi()).isCloseTo(0.61 + 0.07452413135250997, within(1e-9));
        // two runs: t.ppf(0.975, 1) = 12.706…
        assertThat(AcrossRuns.of(new double[] {0.70, 0.72}).ci95HalfWidth()).isCloseTo(0.12706204736174703,
                within(1e-9));
        AcrossRuns single = AcrossRuns.of(new double[] {0.5});
        assertThat(single.std()).isNull();
        assertThat(single.ci95Lo()).isNull();
        assertThatThrownBy(() -> AcrossRuns.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seedAggregationSummarisesAccuracyAndDeltaPerMethod(@TempDir Path dir) {
        List<Path> files = new ArrayList<>();
        double[][] accs = {{0.60, 0.61}, {0.60, 0.64}, {0.60, 0.58}};
        for (int seed = 0; seed < 3; seed++) {
            Path f = dir.resolve("seed" + seed + "/metrics.json");
            metrics(seed, 16, accs[seed][0], accs[seed][1]).write(f);
            files.add(f);
        }
        SeedAggregation agg = SeedAggregation.ofFiles(files);
        assertThat(agg.seeds()).containsExactly(0L, 1L, 2L);
        assertThat(agg.budgetFrames()).isEqualTo(16);
        assertThat(agg.methods()).containsExactly("uniform", "audio");
        assertThat(agg.acc().get("uniform").std()).isEqualTo(0.0);
        assertThat(agg.acc().get("audio").mean()).isCloseTo(0.61, within(1e-12));
        assertThat(agg.acc().get("audio").ci95HalfWidth()).isCloseTo(0.07452413135250997, within(1e-9));
        assertThat(agg.deltaVsUniform()).containsOnlyKeys("audio");
        assertThat(agg.deltaVsUniform().get("audio").mean()).isCloseTo(0.01, within(1e-12));
        agg.write(dir.resolve(SeedAggregation.FILE_NAME));
        assertThat(dir.resolve(SeedAggregation.FILE_NAME)).exists();
        assertThatThrownBy(() -> SeedAggregation.aggregate(List.of(metrics(0, 16, 0.5, 0.5), metrics(0, 8, 0.5, 0.5))))
                .hasMessageContaining("budget");
    }

    @Test
    void budgetCurveGroupsByBudgetAndDrawsAPng(@TempDir Path dir) throws Exception {
        List<QaMetricsJson> runs = List.of(metrics(0, 16, 0.60, 0.62), metrics(1, 16, 0.62, 0.66),
                metrics(0, 4, 0.50, 0.55), metrics(0, 8, 0.55, 0.57), metrics(1, 8, 0.57, 0.57));
        BudgetCurve curve = BudgetCurve.compute(runs);
        assertThat(curve.budgets()).containsExactly(4, 8, 16);
        List<BudgetCurve.Point> audio = curve.byMethod().get("audio");
        assertThat(audio).extracting(BudgetCurve.Point::budgetFrames).containsExactly(4, 8, 16);
        assertThat(audio.get(0).acc().n()).isEqualTo(1);
        assertThat(audio.get(0).acc().ci95HalfWidth()).isNull();
        assertThat(audio.get(2).acc().mean()).isCloseTo(0.64, within(1e-12));
        assertThat(audio.get(2).acc().n()).isEqualTo(2);

        Path png = dir.resolve("out/" + BudgetCurve.PNG_FILE_NAME);
        curve.writePng(png);
        assertThat(Files.size(png)).isGreaterThan(1000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(600);
        curve.writeJson(dir.resolve(BudgetCurve.JSON_FILE_NAME));
        assertThat(dir.resolve(BudgetCurve.JSON_FILE_NAME)).exists();
    }

    private static QaMetricsJson metrics(long seed, int budget, double uniformAcc, double audioAcc) {
        Map<String, BootstrapDelta> delta = new LinkedHashMap<>();
        delta.put("audio", new BootstrapDelta(audioAcc - uniformAcc, -0.1, 0.1, 100, 300));
        return new QaMetricsJson("intentqa", "val", 100, METHODS, budget, 120, seed, "ppl",
                new QaRunInfo.Model("tiny", "cpu", "fp32"), new QaMetricsJson.StageTimings(1, 2, 3),
                List.of(new MethodSummary("uniform", 100, uniformAcc, 0), new MethodSummary("audio", 100, audioAcc, 0)),
                delta, List.of(), Map.of(), Map.of());
    }
}

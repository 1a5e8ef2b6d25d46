package dev.ltl.eval.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ltl.eval.artifacts.BaselineResult;
import dev.ltl.eval.artifacts.MetricsAssembler;
import dev.ltl.eval.artifacts.MetricsJson;
import dev.ltl.eval.artifacts.SeedResult;
import dev.ltl.eval.artifacts.TokenUsage;
import dev.ltl.planner.domain.PlannerConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParetoGridTest {

    static MetricsJson run(double uniform, double random, double anchored, double oracle, long anchoredTokens) {
        Map<String, Double> acc = Map.of("uniform", uniform, "random_top2", random, "anchored_top2", anchored,
                "oracle_top2", oracle);
        List<String> baselines = List.of("uniform", "random_top2", "anchored_top2", "oracle_top2");
        List<SeedResult> seeds = List.of(0, 1).stream().map(seed -> {
            Map<String, BaselineResult> r = new LinkedHashMap<>();
            for (String b : baselines) {
                double a = acc.get(b) + 0.01 * seed;
                r.put(b, new BaselineResult(a, a, List.of(a), List.of(a), 1960));
            }
            return new SeedResult(seed, r);
        }).toList();
        Map<String, TokenUsage> usage = new LinkedHashMap<>();
        for (String b : baselines) {
            long t = b.equals("anchored_top2") ? anchoredTokens : 1960;
            usage.put(b, TokenUsage.of(new long[] {t}, new long[] {t, t}));
        }
        return MetricsAssembler.assemble(baselines, 1960, usage, seeds, null, List.of("c"));
    }

    @Test
    void triadsAndAutoBudgetMode() {
        assertThat(Triad.PARETO_DEFAULT).extracting(Triad::label)
                .containsExactly("112_160_224", "160_224_352", "224_352_448");
        assertThat(Triad.PARETO_DEFAULT).extracting(t -> t.autoBudgetMode(16))
                .containsExactly("band", "exact", "band");
        PlannerConfig cfg = ParetoGrid.configForTriad(PlannerConfig.defaults(), Triad.parse("224,352,448"),
                ParetoGrid.E0330_EXTRAS);
        assertThat(cfg.budgetMode()).isEqualTo("auto");
        assertThat(cfg.budgetEpsilonFrac()).isEqualTo(0.05);
        assertThat(cfg.budgetExtraResolutions()).containsExactly(112, 160, 224, 352);
        assertThat(cfg.highRes()).isEqualTo(448);
    }

    @Test
    void pointsFrontAndOracleGap() {
        Triad triad = Triad.parse("160,224,352");
        MetricsJson m = run(0.70, 0.69, 0.72, 0.75, 1954);
        List<ParetoPoint> points = ParetoGrid.points(triad, m, "p/metrics.json", "energy", m, "cv/metrics.json");
        assertThat(points).extracting(ParetoPoint::method)
                .containsExactly("uniform", "random", "predicted", "oracle", "cheap_visual");
        assertThat(points.get(2).anchorSource()).isEqualTo("energy");
        assertThat(points.get(0).anchorSource()).isNull();
        assertThat(points.get(2).tokenBudget()).isEqualTo(1954.0);
        assertThat(points.get(0).accMean()).isCloseTo(0.705, within(1e-12));
        // predicted (1954 tokens) dominates uniform and random; oracle is best at 1960 tokens
        assertThat(ParetoGrid.front(points)).extracting(ParetoPoint::method)
                .containsExactly("predicted", "cheap_visual", "oracle");
        assertThat(OracleVsPredicted.oracleMinusPredicted(m)).isCloseTo(0.03, within(1e-12));
        OracleVsPredicted.RunBlock block = OracleVsPredicted.RunBlock.of(m, "energy", "p/metrics.json");
        assertThat(block.pAnchoredVsUniform()).isEqualTo(0.0); // constant +0.02 difference → p = 0
        assertThat(block.pOracleVsUniform()).isNotNull();
    }

    @Test
    void reportJsonKeys() throws Exception {
        Triad triad = Triad.parse("112,160,224");
        MetricsJson m = run(0.60, 0.59, 0.61, 0.64, 1000);
        ParetoReport report = new ParetoReport(ParetoGrid.points(triad, m, "p", "energy", null, null),
                List.of(new ParetoReport.Run(ParetoReport.TriadJson.of(triad), triad.autoBudgetMode(16), "p", null)));
        var root = dev.ltl.eval.artifacts.ArtifactJson.mapper().readTree(
                dev.ltl.eval.artifacts.ArtifactJson.toJson(report));
        assertThat(root.get("runs").get(0).toString()).isEqualTo("{\"triad\":{\"low_res\":112,\"base_res\":160,"
                + "\"high_res\":224},\"budget_mode_used\":\"band\",\"predicted_metrics\":\"p\","
                + "\"cheap_visual_metrics\":null}");
        List<String> keys = new java.util.ArrayList<>();
        root.get("points").get(2).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("method", "token_budget", "acc_mean", "acc_std", "triad",
                "raw_metrics_path", "anchor_source");
        assertThat(root.get("points").get(0).has("anchor_source")).isFalse();
    }
}

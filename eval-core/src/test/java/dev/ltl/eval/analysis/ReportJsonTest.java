package dev.ltl.eval.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltl.eval.artifacts.ArtifactJson;
import dev.ltl.eval.artifacts.MetricsJson;
import dev.ltl.eval.artifacts.TrainCfg;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Key sets of the analysis reports (§5.8–§5.12) on hand-built inputs. */
class ReportJsonTest {
    private static final int[] LABELS = {0, 0, 4, 4, 4, 0, 0, 0, 0, 0};

    @Test
    void anchorsMetricsKeys() throws Exception {
        AnchorsMetricsJson json = AnchorsMetricsJson.evaluate("data", "energy", 2, List.of(0, 1, 2),
                List.of(new AnchorEvaluation.ClipAnchors("a", new int[] {3, 4}, LABELS)));
        JsonNode root = tree(json);
        assertThat(keys(root)).containsExactly("data_dir", "num_input_clips", "metrics");
        assertThat(keys(root.get("metrics"))).containsExactly("method", "k", "deltas", "by_delta");
        assertThat(keys(root.get("metrics").get("by_delta").get("1")))
                .containsExactly("ours_mean_recall", "random_mean_recall", "num_clips");
        assertThat(root.get("metrics").get("by_delta").get("1").get("ours_mean_recall").asDouble()).isEqualTo(1.0);
    }

    @Test
    void evidenceAlignmentKeys() throws Exception {
        EvidenceAlignmentReport.Result r = EvidenceAlignmentReport.compute(
                List.of(new AnchorEvaluation.ClipAnchors("a", new int[] {3}, LABELS)), Map.of("a", 0.1),
                EvidenceAlignment.DEFAULT_TAUS, 0, 20);
        JsonNode root = tree(EvidenceAlignmentJson.of("m.json", "meta", 0, EvidenceAlignment.DEFAULT_TAUS, 1, 1, r));
        assertThat(keys(root)).containsExactly("ok", "in_metrics", "meta_dir", "delta_s", "tau_grid", "num_eval_ids",
                "num_unique_eval_ids", "num_clips_used", "cov_by_tau", "corr_by_tau", "top_improve", "top_degrade");
        assertThat(keys(root.get("cov_by_tau").get("0.300"))).containsExactly("mean", "std");
        assertThat(keys(root.get("top_improve").get(0))).containsExactly("clip_id", "delta", "cov_by_tau");
    }

    @Test
    void degradationSuiteKeys() throws Exception {
        DegradationSuite.Row row = new DegradationSuite.Row(-0.5, 20, 0, 3, 0.0, Map.of("0", 0.5));
        DegradationSuiteJson json = new DegradationSuiteJson(true, "suite", "meta", "proc", "caches",
                Map.of("eval", "test"), Map.of("eval", 3), "energy", false, Map.of("k", 2),
                DegradationSuiteJson.Grid.reference(), List.of(row));
        JsonNode root = tree(json);
        assertThat(keys(root)).containsExactly("ok", "mode", "meta_dir", "processed_dir", "caches_dir", "splits",
                "counts", "eventness_method", "uses_visual", "anchor_cfg", "grid", "rows");
        assertThat(keys(root.get("grid"))).containsExactly("shift_s", "snr_db", "silence_ratio", "deltas");
        assertThat(keys(root.get("rows").get(0))).containsExactly("shift_s", "snr_db", "silence_ratio",
                "num_eval_ids", "anchors_fallback_used_frac", "recall_by_delta");
    }

    @Test
    void degradationAccuracyRowKeys() throws Exception {
        Map<String, dev.ltl.eval.stats.MeanStd> acc = Map.of("uniform", new dev.ltl.eval.stats.MeanStd(0.7, 0),
                "random_top2", new dev.ltl.eval.stats.MeanStd(0.6, 0),
                "anchored_top2", new dev.ltl.eval.stats.MeanStd(0.69, 0));
        DegradationAccuracy.Stage1 stage1 = new DegradationAccuracy.Stage1(
                new DegradationAccuracy.TokenUsageSummary(1960, 1960, 1960), 0.5, 0.1, Map.of("0", 0.3));
        DegradationAccuracy.Row row = DegradationAccuracy.Row.of(DegradationGrid.accuracy().get(1), acc, stage1);
        JsonNode root = tree(row);
        assertThat(keys(root)).containsExactly("shift_s", "snr_db", "silence_ratio", "alpha", "acc", "acc_delta",
                "stage1");
        assertThat(keys(root.get("acc_delta"))).containsExactly("anchored_minus_uniform", "anchored_minus_random");
        assertThat(keys(root.get("stage1"))).containsExactly("token_usage", "alpha_force_uniform_frac",
                "gate_fallback_used_frac", "recall_by_delta");
        JsonNode checks = tree(DegradationAccuracy.floorChecks(List.of(row)));
        assertThat(keys(checks)).containsExactly("rule", "num_rows", "num_pass", "num_fail", "min_margin",
                "worst_failures");
    }

    @Test
    void oracleVsPredictedKeys() throws Exception {
        MetricsJson m = ParetoGridTest.run(0.70, 0.69, 0.72, 0.75, 1960);
        JsonNode root = tree(OracleVsPredictedJson.of(Map.of("caches", "c"), Map.of("eval", "test"),
                Map.of("eval", 1), TrainCfg.referenceScripts(), Map.of("name", "x"), m, "p.json", "energy", null, null));
        assertThat(keys(root)).containsExactly("ok", "mode", "paths", "splits", "counts", "seeds", "train_cfg",
                "token_budget", "p0_cfg", "predicted", "cheap_visual", "oracle_minus_predicted");
        assertThat(keys(root.get("predicted"))).containsExactly("anchor_source", "summary", "p_anchored_vs_uniform",
                "p_oracle_vs_uniform", "p_anchored_vs_random", "raw_metrics_path");
        assertThat(root.get("cheap_visual").isNull()).isTrue();
        assertThat(root.get("oracle_minus_predicted").asDouble()).isBetween(0.0299, 0.0301);
    }

    @Test
    void oracleCeilingConfigsAndRowKeys() throws Exception {
        List<dev.ltl.planner.domain.PlannerConfig> configs = OracleCeiling.configs();
        assertThat(configs).hasSize(6);
        assertThat(configs.get(2).maxHighAnchors()).isEqualTo(1);
        assertThat(configs.get(5).temporalKernelSize()).isEqualTo(5);
        assertThat(configs.get(3).lowRes()).isEqualTo(160);
        MetricsJson m = ParetoGridTest.run(0.70, 0.69, 0.72, 0.75, 1960);
        JsonNode root = tree(OracleCeiling.Row.of(configs.get(0), "m.json", m));
        assertThat(keys(root)).containsExactly("config", "metrics_path", "uniform", "oracle_top2", "paired_ttest",
                "oracle_minus_uniform_mean");
        assertThat(keys(root.get("paired_ttest"))).containsExactly("oracle_vs_uniform");
        assertThat(root.get("oracle_minus_uniform_mean").asDouble()).isBetween(0.0499, 0.0501);
    }

    private static JsonNode tree(Object o) throws Exception {
        return ArtifactJson.mapper().readTree(ArtifactJson.toJson(o));
    }

    private static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}

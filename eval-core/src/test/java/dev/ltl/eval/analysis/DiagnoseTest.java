package dev.ltl.eval.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltl.eval.artifacts.AnchorPlanStats;
import dev.ltl.eval.artifacts.ArtifactJson;
import dev.ltl.eval.artifacts.DiagnoseJson;
import dev.ltl.eval.artifacts.Fixtures;
import dev.ltl.eval.artifacts.MetricsJson;
import dev.ltl.eval.artifacts.TopClip;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-built run (see {@link Fixtures#metrics()}): c1 anchors [1, 2] (two high), c2 falls back
 * (flat scores), c3 anchors [0, 8] (two high, far apart). δ = +0.1, −0.1, 0.
 */
class DiagnoseTest {
    private static final double EPS = 1e-9;

    private static Map<String, int[]> labels() {
        Map<String, int[]> labels = new LinkedHashMap<>();
        labels.put("c1", new int[] {0, 5, 5, 5, 0, 0, 0, 0, 0, 0});
        labels.put("c2", new int[] {0, 0, 0, 0, 3, 3, 0, 0, 0, 0});
        labels.put("c3", new int[10]);
        labels.put("zz", new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
        return labels;
    }

    private static DiagnoseJson diagnose(int topN) {
        return Diagnose.compute(Fixtures.metrics(), "run/metrics.json", labels(), Diagnose.DEFAULT_DELTAS, topN);
    }

    @Test
    void jsonKeysAreTheReferenceOnes() throws Exception {
        JsonNode root = ArtifactJson.mapper().readTree(ArtifactJson.toJson(diagnose(20)));
        assertThat(keys(root)).containsExactly("in_metrics", "num_eval_ids", "num_unique_eval_ids", "deltas",
                "delta_summary", "delta_event_summary", "anchor_plan_stats", "corr_delta_vs_recall",
                "top_improve", "top_degrade", "notes", "per_clip");
        assertThat(keys(root.get("delta_summary"))).containsExactly("mean", "std", "p10", "p50", "p90");
        assertThat(keys(root.get("anchor_plan_stats"))).containsExactly("anchors_len_hist", "fallback_reason_hist",
                "high_count_hist", "anchor_dist_hist", "anchors_len_fallback_frac", "fallback_used_frac",
                "gap_summary", "conf_summary", "conf_fallback_summary", "delta_by_anchor_len",
                "delta_by_high_count", "delta_by_anchor_dist");
        assertThat(keys(root.get("anchor_plan_stats").get("gap_summary"))).containsExactly("p10", "p50", "p90", "mean");
        assertThat(keys(root.get("anchor_plan_stats").get("delta_by_anchor_len").get("2")))
                .containsExactly("n", "mean_delta");
        assertThat(keys(root.get("corr_delta_vs_recall"))).containsExactly("pearson", "spearman", "n");
        assertThat(keys(root.get("top_improve").get(0))).containsExactly("clip_id", "delta", "delta_event", "recall_d0");
        assertThat(keys(root.get("per_clip"))).containsExactly("delta", "delta_event", "recall_by_delta");
        assertThat(keys(root.get("per_clip").get("recall_by_delta"))).containsExactly("0", "1", "2");
        assertThat(root.get("per_clip").get("delta_event").get("c3").isNull()).isTrue();
    }

    @Test
    void headerAndDeltaSummaries() {
        DiagnoseJson d = diagnose(20);
        assertThat(d.inMetrics()).isEqualTo("run/metrics.json");
        assertThat(d.numEvalIds()).isEqualTo(3);
        assertThat(d.numUniqueEvalIds()).isEqualTo(3);
        assertThat(d.deltaSummary().mean()).isCloseTo(0.0, within(EPS));
        assertThat(d.deltaSummary().std()).isCloseTo(0.1, within(EPS));
        assertThat(d.deltaSummary().p10()).isCloseTo(-0.08, within(EPS));
        assertThat(d.deltaSummary().p50()).isCloseTo(0.0, within(EPS));
        assertThat(d.deltaSummary().p90()).isCloseTo(0.08, within(EPS));
        // c3 has no event second, so only c1 and c2 enter the event summary
        assertThat(d.deltaEventSummary().std()).isCloseTo(Math.sqrt(0.02), within(EPS));
    }

    @Test
    void anchorPlanStatistics() {
        AnchorPlanStats s = diagnose(20).anchorPlanStats();
        assertThat(s.anchorsLenHist()).containsExactly(Map.entry("0", 1), Map.entry("2", 2));
        assertThat(s.fallbackReasonHist()).containsExactly(Map.entry("conf_below_threshold", 1));
        assertThat(s.highCountHist()).containsExactly(Map.entry("0", 1), Map.entry("2", 2));
        assertThat(s.anchorDistHist()).containsExactly(Map.entry("1", 1), Map.entry("8", 1));
        assertThat(s.anchorsLenFallbackFrac()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(s.fallbackUsedFrac()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(s.gapSummary().mean()).isCloseTo((0.05 + 0.0 + 0.1) / 3, within(EPS));
        assertThat(s.confFallbackSummary().p50()).isCloseTo(0.0, within(EPS));
        assertThat(s.deltaByAnchorLen().get("0").n()).isEqualTo(1);
        assertThat(s.deltaByAnchorLen().get("0").meanDelta()).isCloseTo(-0.1, within(EPS));
        assertThat(s.deltaByAnchorLen().get("2").meanDelta()).isCloseTo(0.05, within(EPS));
        assertThat(s.deltaByHighCount().keySet()).containsExactly("0", "2");
        assertThat(s.deltaByAnchorDist().get("1").meanDelta()).isCloseTo(0.1, within(EPS));
        assertThat(s.deltaByAnchorDist().get("8").meanDelta()).isCloseTo(0.0, within(EPS));
    }

    // python3 -c "from scipy.stats import pearsonr, spearmanr; d=[0.1,-0.1,0.0]; r=[2/3,0,0];
    //   print(pearsonr(d,r)[0], spearmanr(d,r)[0])"  -> 0.8660254037844387 0.8660254037844387
    @Test
    void recallAndCorrelation() {
        DiagnoseJson d = diagnose(20);
        Map<String, Map<String, Double>> recall = d.perClip().recallByDelta();
        assertThat(recall.get("0").get("c1")).isCloseTo(2.0 / 3, within(EPS));
        assertThat(recall.get("1").get("c1")).isEqualTo(1.0);
        assertThat(recall.get("2").get("c2")).isEqualTo(0.0); // fallback: no anchors
        assertThat(recall.get("2").get("c3")).isEqualTo(0.0); // no event second
        assertThat(recall.get("0")).doesNotContainKey("zz");
        assertThat(d.corrDeltaVsRecall().n()).isEqualTo(3);
        assertThat(d.corrDeltaVsRecall().pearson()).isCloseTo(0.8660254037844387, within(1e-9));
        assertThat(d.corrDeltaVsRecall().spearman()).isCloseTo(0.8660254037844387, within(1e-9));
    }

    @Test
    void topListsAreRankedByDelta() {
        DiagnoseJson d = diagnose(2);
        assertThat(d.topImprove()).extracting(TopClip::clipId).containsExactly("c1", "c3");
        assertThat(d.topDegrade()).extracting(TopClip::clipId).containsExactly("c2", "c3");
        assertThat(d.topImprove().get(0).recallD0()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(d.topImprove().get(0).deltaEvent()).isCloseTo(0.1, within(EPS));
    }

    @Test
    void clipsWithoutAnnotationsAreLeftOutOfTheCommonSet() {
        Map<String, int[]> partial = new LinkedHashMap<>(labels());
        partial.remove("c2");
        DiagnoseJson d = Diagnose.compute(Fixtures.metrics(), "m.json", partial, List.of(1), 20);
        assertThat(d.perClip().delta()).containsOnlyKeys("c1", "c3");
        assertThat(d.anchorPlanStats().fallbackUsedFrac()).isEqualTo(0.0);
        assertThat(d.anchorPlanStats().fallbackReasonHist()).isEmpty();
        assertThat(d.numUniqueEvalIds()).isEqualTo(3);
    }

    @Test
    void duplicateEvalIdsAreAveraged() {
        MetricsJson m = Fixtures.metrics();
        MetricsJson dup = new MetricsJson(m.baselines(), m.seeds(), m.tokenBudget(), m.tokenUsage(),
                m.resultsBySeed(), m.summary(), m.pairedTtest(), m.debugEval(), List.of("c1", "c1", "c3"));
        ClipDeltas deltas = ClipDeltas.of(dup, "anchored_top2", "uniform");
        assertThat(deltas.delta()).containsOnlyKeys("c1", "c3");
        assertThat(deltas.delta().get("c1")).isCloseTo(0.0, within(EPS)); // mean of +0.1 and −0.1
        assertThat(Diagnose.compute(dup, "m", labels(), List.of(0), 5).numUniqueEvalIds()).isEqualTo(2);
    }

    @Test
    void highCountRule() {
        assertThat(Diagnose.highCount(new int[] {224, 224, 224})).isEqualTo(0);
        assertThat(Diagnose.highCount(new int[] {160, 352, 224, 352})).isEqualTo(2);
    }

    private static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}

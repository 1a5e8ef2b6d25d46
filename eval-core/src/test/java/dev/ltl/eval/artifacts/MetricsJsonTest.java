package dev.ltl.eval.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltl.eval.stats.TTestResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsJsonTest {

    private static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void topLevelAndNestedKeysAreTheReferenceOnes() throws Exception {
        JsonNode root = ArtifactJson.mapper().readTree(ArtifactJson.toJson(Fixtures.metrics()));
        assertThat(keys(root)).containsExactly("baselines", "seeds", "token_budget", "token_usage",
                "results_by_seed", "summary", "paired_ttest", "debug_eval", "debug_eval_clip_ids");
        assertThat(keys(root.get("token_usage").get("uniform"))).containsExactly("train", "eval");
        assertThat(keys(root.get("token_usage").get("uniform").get("eval")))
                .containsExactly("n", "mean", "std", "min", "max");
        JsonNode seed0 = root.get("results_by_seed").get(0);
        assertThat(keys(seed0)).containsExactly("seed", "baselines");
        assertThat(keys(seed0.get("baselines").get("anchored_top2"))).containsExactly("val_acc", "val_acc_event",
                "val_acc_by_sample", "val_acc_event_by_sample", "token_budget");
        assertThat(seed0.get("baselines").get("anchored_top2").get("val_acc_event_by_sample").get(2).isNull()).isTrue();
        assertThat(keys(root.get("summary").get("uniform"))).containsExactly("mean", "std");
        assertThat(keys(root.get("paired_ttest"))).containsExactly("anchored_vs_uniform", "anchored_vs_random");
        assertThat(keys(root.get("paired_ttest").get("anchored_vs_uniform"))).containsExactly("t", "p");
        assertThat(keys(root.get("debug_eval"))).containsExactly("anchored_top2");
        assertThat(keys(root.get("debug_eval").get("anchored_top2"))).containsExactly("c1", "c2", "c3");
        assertThat(keys(root.get("debug_eval").get("anchored_top2").get("c1")))
                .containsExactlyElementsOf(DebugEvalRecord.KEYS);
        assertThat(root.get("debug_eval_clip_ids").toString()).isEqualTo("[\"c1\",\"c2\",\"c3\"]");
    }

    @Test
    void summaryAndTestsAreDerivedFromTheSeeds() {
        MetricsJson m = Fixtures.metrics();
        assertThat(m.summary().get("uniform").mean()).isCloseTo(0.62, within(1e-12));
        assertThat(m.summary().get("uniform").std()).isCloseTo(Math.sqrt(0.0008), within(1e-12));
        // anchored − uniform = +0.02 on both seeds: sd = 0 and d̄ ≠ 0 → t = +∞, p = 0 (§5.1)
        assertThat(m.pairedTtest().get("anchored_vs_uniform").p()).isEqualTo(0.0);
        assertThat(m.pairedTtest().get("anchored_vs_uniform").t()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(m.valAccBySeed("random_top2")).containsExactly(0.55, 0.6);
    }

    @Test
    void infiniteTIsWrittenLikePythonAndReadBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cand/metrics.json");
        ArtifactJson.write(file, Fixtures.metrics());
        assertThat(Files.readString(file)).contains("\"t\" : Infinity");
        MetricsJson back = ArtifactJson.read(file, MetricsJson.class);
        assertThat(back).isEqualTo(Fixtures.metrics());
        assertThat(back.pairedTtest().get("anchored_vs_uniform")).isEqualTo(new TTestResult(Double.POSITIVE_INFINITY, 0.0));
    }

    @Test
    void debugEvalIsOmittedWithoutRecordsAndTestsAreNullWithOneSeed() throws Exception {
        MetricsJson full = Fixtures.metrics();
        MetricsJson oneSeed = MetricsAssembler.assemble(full.baselines(), 1960, full.tokenUsage(),
                List.of(full.resultsBySeed().get(0)), null, full.debugEvalClipIds());
        JsonNode root = ArtifactJson.mapper().readTree(ArtifactJson.toJson(oneSeed));
        assertThat(root.has("debug_eval")).isFalse();
        assertThat(root.get("paired_ttest").isNull()).isTrue();
        assertThat(oneSeed.summary().get("uniform").std()).isEqualTo(0.0);
        assertThat(oneSeed.anchoredDebug()).isEqualTo(Map.of());
    }

    @Test
    void debugRecordCarriesThePlanAndGate() {
        DebugEvalRecord flat = Fixtures.debug(Fixtures.SCORES_FLAT);
        assertThat(flat.fallbackUsed()).isTrue();
        assertThat(flat.fallbackReason()).isEqualTo("conf_below_threshold");
        assertThat(flat.anchors()).isEmpty();
        assertThat(flat.planResolutions()).containsOnly(224);
        assertThat(flat.asMap()).containsEntry("conf_metric", "std").containsEntry("conf_threshold", 0.2)
                .containsEntry("fallback_far_applied", false).containsEntry("triad_low_res_used", 160);
        // two high at [1, 2]; num_base = 10 − 4·2 = 2, the nearest non-high seconds 0 and 3
        DebugEvalRecord a = Fixtures.debug(Fixtures.SCORES_A);
        assertThat(a.anchors()).containsExactly(1, 2);
        assertThat(a.planResolutions()).containsExactly(224, 352, 352, 224, 160, 160, 160, 160, 160, 160);
    }
}

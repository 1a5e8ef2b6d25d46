package dev.ltl.eval.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltl.eval.sweep.BestConfigKeys;
import dev.ltl.eval.sweep.Candidate;
import dev.ltl.eval.sweep.CandidateSets;
import dev.ltl.eval.sweep.SweepEntry;
import dev.ltl.planner.domain.PlannerConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepSummaryJsonTest {

    private static SweepRunInfo info() {
        return new SweepRunInfo("meta", "processed", "caches", "train", "val", 3312, 401, List.of(0, 1, 2),
                TrainCfg.referenceScripts(), "ltl_gini_keepadj_hconf_v1", "energy", "scores.json", "cpu", "cpu", 0.1);
    }

    @Test
    void keysAndSelection() throws Exception {
        List<Candidate> cands = CandidateSets.forName("ltl_gini_keepadj_hconf_v1");
        List<SweepEntry> entries = List.of(
                new SweepEntry(cands.get(0).config(), "a/metrics.json", 0.0, 1.0),
                new SweepEntry(cands.get(1).config(), "b/metrics.json", 0.01, 0.3),
                new SweepEntry(cands.get(4).config(), "c/metrics.json", 0.008, 0.04),
                new SweepEntry(cands.get(5).config(), "d/metrics.json", null, null));
        SweepSummaryJson summary = SweepSummaryJson.of(info(), entries);
        assertThat(summary.best().name()).isEqualTo("ltlgini_keepadj_gini0p45_hconf0p5");
        assertThat(summary.top3()).extracting(SweepEntry::name).containsExactly(
                "ltlgini_keepadj_gini0p4_hconf0p5", "ltlgini_keepadj_gini0p45_hconf0p5", "ltlgini_keepadj_gini0p4_hconf0p0");

        JsonNode root = ArtifactJson.mapper().readTree(ArtifactJson.toJson(summary));
        assertThat(keys(root)).containsExactly("ok", "meta_dir", "processed_dir", "caches_dir", "split_train",
                "split_eval", "num_train_ids", "num_eval_ids", "seeds", "train_cfg", "candidate_set",
                "eventness_method", "scores_json", "audio_device", "train_device", "p_filter", "candidates",
                "best", "top3");
        assertThat(keys(root.get("train_cfg"))).containsExactly("epochs", "batch_size", "lr", "weight_decay");
        assertThat(keys(root.get("best"))).containsExactly("candidate", "metrics_path",
                "anchored_minus_uniform_mean", "anchored_vs_uniform_p");
        assertThat(keys(root.get("best").get("candidate"))).containsExactlyElementsOf(BestConfigKeys.ORDER);
        assertThat(root.get("candidates").get(3).get("anchored_minus_uniform_mean").isNull()).isTrue();
    }

    @Test
    void entryIsDerivedFromMetrics() {
        Candidate c = CandidateSets.forName("ltl_gini_v2").get(0);
        SweepEntry e = SweepSummaryJson.entry(c, "x/metrics.json", Fixtures.metrics());
        assertThat(e.anchoredMinusUniformMean()).isCloseTo(0.02, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(e.anchoredVsUniformP()).isEqualTo(0.0);
        assertThat(e.name()).isEqualTo("ltlgini2_gini0p35_shift0");
    }

    @Test
    void bestConfigFileRoundTripsWithExactlyTheSpecKeys(@TempDir Path dir) throws Exception {
        Candidate c = CandidateSets.forName("ltl_gini_keepadj_hconf_v1").get(4);
        Path file = dir.resolve("best_config.json");
        BestConfigFile.write(file, c.plannerConfig());
        JsonNode root = ArtifactJson.mapper().readTree(file.toFile());
        assertThat(keys(root)).containsExactlyElementsOf(BestConfigKeys.ORDER);
        assertThat(root.get("max_high_anchors").isNull()).isTrue();
        assertThat(root.get("budget_extra_resolutions").isArray()).isTrue();
        assertThat(BestConfigFile.read(file)).isEqualTo(c.plannerConfig());
    }

    /** [QUIRK §8.7] the run replay drops the gate and visual-fallback keys. */
    @Test
    void replayByRunResetsGateAndVisualFallbackKeys() {
        PlannerConfig cfg = PlannerConfig.fromMap(Map.of("anchor_fallback_mode", "cheap_visual_framediff",
                "anchor_fallback_visual_conf_threshold", 0.3, "anchor_shift", 1));
        PlannerConfig replayed = BestConfigFile.asReplayedByRun(cfg);
        assertThat(replayed.anchorFallbackMode()).isEqualTo("uniform");
        assertThat(replayed.anchorFallbackVisualConfThreshold()).isEqualTo(0.0);
        assertThat(replayed.anchorShift()).isEqualTo(1);
    }

    private static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}

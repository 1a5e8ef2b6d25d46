package dev.ltl.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltl.eval.artifacts.ArtifactJson;
import dev.ltl.eval.artifacts.BaselineResult;
import dev.ltl.eval.artifacts.DebugEvalRecord;
import dev.ltl.eval.artifacts.MetricsAssembler;
import dev.ltl.eval.artifacts.MetricsJson;
import dev.ltl.eval.artifacts.SeedResult;
import dev.ltl.eval.artifacts.TokenUsage;
import dev.ltl.proto.orchestrator.v1.RunKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real executor's diagnose run on the real AVE annotations: a hand-built metrics.json for
 * three val clips in, diagnose.json with the expected per-clip δ and Recall@K,Δ out.
 */
class AveRunExecutorDiagnoseTest {
    // val clips with their annotated event seconds (Annotations.txt): 0-10, 0-10, 5-10
    private static final List<String> CLIPS = List.of("PIdEa_F_VYg", "dODwkYHQF9E", "SiA-LmxRebg");

    @TempDir
    Path tmp;

    @Test
    void diagnoseWritesPerClipDeltaAndAnchorRecallBesideTheMetrics() throws Exception {
        Path meta = Path.of(System.getProperty("ltl.shared.dir", "../shared"), "data", "ave-meta");
        Assumptions.assumeTrue(Files.isRegularFile(meta.resolve("Annotations.txt")), "no shared AVE metadata");
        Path metricsFile = tmp.resolve("test/metrics.json");
        Files.createDirectories(metricsFile.getParent());
        ArtifactJson.write(metricsFile, metrics());
        RunSpec spec = new RunOptionsMapper(tmp).map(RunKind.RUN_KIND_AVE_DIAGNOSE, "d",
                Map.of("meta", meta.toString(), "metrics", metricsFile.toString()));

        String summary = new AveRunExecutor().execute(spec, (done, total, message) -> { });

        Path diagnose = tmp.resolve("test/diagnose.json");
        assertThat(summary).isEqualTo("wrote " + diagnose);
        JsonNode perClip = ArtifactJson.mapper().readTree(diagnose.toFile()).get("per_clip");
        // δ = mean over seeds of anchored_top2 - uniform per-clip accuracy
        assertThat(perClip.get("delta").get("PIdEa_F_VYg").asDouble()).isCloseTo(0.2, within(1e-9));
        assertThat(perClip.get("delta").get("SiA-LmxRebg").asDouble()).isCloseTo(-0.1, within(1e-9));
        // Recall@K,Δ: event seconds within Δ of an anchor / event seconds.
        // Anchors {0,1} over 10 event seconds: 2/10; anchors {5,6} over seconds 5-9: Δ=0 2/5, Δ=1 {5,6,7} 3/5.
        JsonNode recall = perClip.get("recall_by_delta");
        assertThat(recall.get("0").get("PIdEa_F_VYg").asDouble()).isCloseTo(0.2, within(1e-9));
        assertThat(recall.get("0").get("SiA-LmxRebg").asDouble()).isCloseTo(0.4, within(1e-9));
        assertThat(recall.get("1").get("SiA-LmxRebg").asDouble()).isCloseTo(0.6, within(1e-9));
    }

    private static MetricsJson metrics() {
        List<Double> uniform = List.of(0.5, 0.5, 0.5);
        List<Double> anchored = List.of(0.7, 0.5, 0.4);
        List<Double> noEventAcc = new ArrayList<>(Collections.nCopies(3, (Double) null));
        List<SeedResult> bySeed = new ArrayList<>();
        for (int seed : List.of(0, 1)) {
            Map<String, BaselineResult> results = new LinkedHashMap<>();
            results.put("uniform", new BaselineResult(0.5, null, uniform, noEventAcc, 1960));
            results.put("anchored_top2", new BaselineResult(0.5333, null, anchored, noEventAcc, 1960));
            bySeed.add(new SeedResult(seed, results));
        }
        Map<String, DebugEvalRecord> debug = new LinkedHashMap<>();
        List<List<Integer>> anchors = List.of(List.of(0, 1), List.of(3, 4), List.of(5, 6));
        for (int i = 0; i < CLIPS.size(); i++) {
            debug.put(CLIPS.get(i), new DebugEvalRecord(Map.of("scores", Collections.nCopies(10, 0.1),
                    "anchors", anchors.get(i))));
        }
        TokenUsage usage = TokenUsage.of(new long[] {1960}, new long[] {1960, 1960, 1960});
        return MetricsAssembler.assemble(List.of("uniform", "anchored_top2"), 1960,
                Map.of("uniform", usage, "anchored_top2", usage), bySeed, debug, CLIPS);
    }
}

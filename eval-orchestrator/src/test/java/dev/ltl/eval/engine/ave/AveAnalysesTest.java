package dev.ltl.eval.engine.ave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ltl.eval.analysis.DegradationCondition;
import dev.ltl.eval.analysis.DegradationGrid;
import dev.ltl.eval.analysis.DegradationSuite;
import dev.ltl.eval.analysis.DegradationSuiteJson;
import dev.ltl.eval.analysis.EvidenceAlignmentJson;
import dev.ltl.eval.analysis.Triad;
import dev.ltl.eval.artifacts.BaselineResult;
import dev.ltl.eval.artifacts.DebugEvalRecord;
import dev.ltl.eval.artifacts.MetricsAssembler;
import dev.ltl.eval.artifacts.MetricsJson;
import dev.ltl.eval.artifacts.SeedResult;
import dev.ltl.eval.artifacts.TokenUsage;
import dev.ltl.planner.domain.PlannerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service-free parts of the analyses on hand-built runs, plans and waveforms. */
class AveAnalysesTest {
    private static final List<String> EVAL = List.of("c1", "c2", "c3");

    @TempDir
    Path dir;

    // ---- hand-built runs -----------------------------------------------------------------

    private static BaselineResult result(double valAcc, Double... bySample) {
        List<Double> event = new ArrayList<>();
        for (int i = 0; i < bySample.length; i++) {
            event.add(i == 2 ? null : bySample[i]); // c3 has no event seconds
        }
        return new BaselineResult(valAcc, valAcc, Arrays.asList(bySample), event, 2240);
    }

    private static DebugEvalRecord debug(int... anchors) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scores", List.of(0.1, 0.9, 0.85, 0.2, 0.3, 0.7, 0.1, 0.05, 0.6, 0.2));
        json.put("anchors", Arrays.stream(anchors).boxed().toList());
        json.put("plan_resolutions", List.of(112, 224, 448, 224, 224, 224, 224, 224, 224, 224));
        return new DebugEvalRecord(json);
    }

    /** uniform vs anchored_top2 over 2 seeds; δ(c1) = 0.2, δ(c2) = 0, δ(c3) = 0. */
    private static MetricsJson run(boolean withCheapVisual) {
        List<String> baselines = new ArrayList<>(List.of("uniform", "anchored_top2"));
        Map<String, BaselineResult> seed0 = new LinkedHashMap<>();
        seed0.put("uniform", result(0.5, 0.5, 0.5, 0.5));
        seed0.put("anchored_top2", result(0.7, 0.7, 0.4, 0.5));
        Map<String, BaselineResult> seed1 = new LinkedHashMap<>();
        seed1.put("uniform", result(0.6, 0.6, 0.5, 0.5));
        seed1.put("anchored_top2", result(0.8, 0.8, 0.6, 0.5));
        Map<String, TokenUsage> usage = new LinkedHashMap<>();
        usage.put("uniform", TokenUsage.of(new long[] {1960}, new long[] {1960, 1960, 1960}));
        usage.put("anchored_top2", TokenUsage.of(new long[] {1960}, new long[] {1900, 1900, 1960}));
        if (withCheapVisual) {
            baselines.add("cheap_visual");
            seed0.put("cheap_visual", result(0.55, 0.5, 0.5, 0.5));
            seed1.put("cheap_visual", result(0.58, 0.5, 0.5, 0.5));
            usage.put("cheap_visual", TokenUsage.of(new long[] {1960}, new long[] {1800, 1960, 1960}));
        }
        Map<String, DebugEvalRecord> debug = new LinkedHashMap<>();
        debug.put("c1", debug(2));
        debug.put("c2", debug(7));
        debug.put("c3", debug());
        return MetricsAssembler.assemble(baselines, 1960, usage,
                List.of(new SeedResult(0, seed0), new SeedResult(1, seed1)), debug, EVAL);
    }

    private static Map<String, int[]> labels() {
        Map<String, int[]> labels = new LinkedHashMap<>();
        labels.put("c1", new int[] {0, 0, 3, 3, 0, 0, 0, 0, 0, 0});
        labels.put("c2", new int[] {0, 0, 0, 0, 0, 5, 0, 0, 0, 0});
        labels.put("c3", new int[10]);
        return labels;
    }

    // ---- §5.9 evidence -------------------------------------------------------------------

    @Test
    void evidenceCoversEachEventSecondByIouOfTheAnchorWindows() {
        double[] taus = {0.3, 0.5, 0.7};
        EvidenceAlignmentJson e = AveAnalyses.evidence(run(false), "m.json", "meta", labels(), taus, 0.0, 20);
        assertThat(e.numEvalIds()).isEqualTo(3);
        assertThat(e.numUniqueEvalIds()).isEqualTo(3);
        assertThat(e.numClipsUsed()).isEqualTo(3);
        // per clip Cov = 0.5 (c1: anchor 2 covers second 2 of {2,3}), 0 (c2: anchor 7 misses 5), 0 (no events)
        for (String tau : List.of("0.300", "0.500", "0.700")) {
            assertThat(e.covByTau().get(tau).mean()).isCloseTo(0.5 / 3, within(1e-12));
            assertThat(e.covByTau().get(tau).std()).isCloseTo(Math.sqrt(0.25 / 3 - 1.0 / 36), within(1e-12));
        }
        assertThat(e.topImprove().get(0).clipId()).isEqualTo("c1");
        assertThat(e.topImprove().get(0).delta()).isCloseTo(0.2, within(1e-12));
        assertThat(e.inMetrics()).isEqualTo("m.json");
    }

    @Test
    void evidenceWidensTheWindowsWithDeltaS() {
        // δ_s = 1: c1's window [1, 4] has IoU 1/3 with [2, 3] and with [3, 4] → covered at τ 0.3 only
        EvidenceAlignmentJson e = AveAnalyses.evidence(run(false), "m.json", "meta", labels(),
                new double[] {0.3, 0.5}, 1.0, 20);
        assertThat(e.covByTau().get("0.300").mean()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(e.covByTau().get("0.500").mean()).isZero();
    }

    @Test
    void evidenceSkipsClipsWithoutAnnotationsAndNeedsDebugRecords() {
        Map<String, int[]> labels = labels();
        labels.remove("c3");
        assertThat(AveAnalyses.evidence(run(false), "m", "meta", labels, new double[] {0.5}, 0, 5).numClipsUsed())
                .isEqualTo(2);
        MetricsJson noDebug = MetricsAssembler.assemble(run(false).baselines(), 1960, run(false).tokenUsage(),
                run(false).resultsBySeed(), null, EVAL);
        assertThatThrownBy(() -> AveAnalyses.evidence(noDebug, "m", "meta", labels(), new double[] {0.5}, 0, 5))
                .hasMessageContaining("no debug_eval.anchored_top2");
    }

    // ---- §5.12 pareto ----------------------------------------------------------------------

    @Test
    void paretoConfigsResolveAutoToExactOrBandPerTriad() {
        PlannerConfig base = AveAnalyses.paretoDefaultBase();
        PlannerConfig exact = AveAnalyses.paretoConfig(base, Triad.parse("160,224,352"), List.of(112, 160, 224, 352));
        assertThat(exact.budgetMode()).isEqualTo("exact");
        assertThat(exact.toMap()).containsEntry("budget_extra_resolutions", List.of(112, 160, 224))
                .containsEntry("budget_epsilon_frac", 0.05).containsEntry("head", "temporal_conv")
                .containsEntry("anchor_shift", 1);
        PlannerConfig band = AveAnalyses.paretoConfig(base, Triad.parse("112,160,224"), List.of(112, 160, 224, 352));
        assertThat(band.budgetMode()).isEqualTo("band");
        assertThat(band.lowRes()).isEqualTo(112);
        assertThat(band.highRes()).isEqualTo(224);
        assertThat(band.toMap()).containsEntry("budget_extra_resolutions", List.of(112, 160, 352));
    }

    @Test
    void oracleVsPredictedReportsTheBaseConfigsTriadElseTheFirst() {
        PlannerConfig base = AveAnalyses.paretoDefaultBase(); // 160/224/352
        assertThat(AveAnalyses.oracleVsPredictedTriad(base, Triad.PARETO_DEFAULT)).isEqualTo(1);
        assertThat(AveAnalyses.oracleVsPredictedTriad(base, List.of(Triad.parse("112,160,224")))).isZero();
    }

    @Test
    void cheapVisualBecomesTheAnchoredBaselineOfItsOwnRun() {
        MetricsJson cheap = AveAnalyses.cheapVisualAsRun(run(true));
        assertThat(cheap.baselines()).containsExactly("uniform", "anchored_top2");
        assertThat(cheap.valAccBySeed("anchored_top2")).containsExactly(0.55, 0.58);
        assertThat(cheap.valAccBySeed("uniform")).containsExactly(0.5, 0.6);
        assertThat(cheap.tokenUsage().get("anchored_top2").eval().mean()).isCloseTo(1906.6667, within(1e-3));
        // scipy.stats.ttest_rel([0.55, 0.58], [0.5, 0.6]) -> statistic 0.42857142857142855, pvalue 0.7422378831816868
        assertThat(cheap.pairedTtest().get("anchored_vs_uniform").t()).isCloseTo(0.42857142857142855, within(1e-9));
        assertThat(cheap.pairedTtest().get("anchored_vs_uniform").p()).isCloseTo(0.7422378831816868, within(1e-9));
        assertThat(cheap.debugEval()).isNull();
        assertThatThrownBy(() -> AveAnalyses.cheapVisualAsRun(run(false))).hasMessageContaining("no cheap_visual");
    }

    @Test
    void thePredictedRunIsTheRunWithoutCheapVisual() {
        MetricsJson full = run(true);
        MetricsJson predicted = AveAnalyses.withoutCheapVisual(full);
        assertThat(predicted.baselines()).containsExactly("uniform", "anchored_top2");
        assertThat(predicted.summary()).containsOnlyKeys("uniform", "anchored_top2");
        assertThat(predicted.tokenUsage()).containsOnlyKeys("uniform", "anchored_top2");
        assertThat(predicted.valAccBySeed("anchored_top2")).containsExactly(0.7, 0.8);
        assertThat(predicted.pairedTtest()).isEqualTo(run(false).pairedTtest());
        assertThat(predicted.anchoredDebug()).isEqualTo(full.anchoredDebug());
        MetricsJson plain = run(false);
        assertThat(AveAnalyses.withoutCheapVisual(plain)).isSameAs(plain);
    }

    // ---- §5.8 anchors ----------------------------------------------------------------------

    @Test
    void anchorEvaluationDisablesDropFarAndKeepsTheRest() {
        Map<String, Object> cfg = new LinkedHashMap<>(Map.of("k", 2, "anchor_drop_far_dist", 3, "anchor_shift", 1));
        Map<String, Object> evalCfg = AveAnalyses.anchorEvalConfig(cfg);
        assertThat(evalCfg).containsEntry("anchor_drop_far_dist", 0).containsEntry("anchor_shift", 1)
                .containsEntry("k", 2);
        assertThat(cfg).containsEntry("anchor_drop_far_dist", 3);
        PlannerConfig.fromMap(evalCfg); // still a valid planner config
    }

    // ---- plots -----------------------------------------------------------------------------

    @Test
    void plotClipsDrawsTheFirstEvalClipsWithDebugRecords() throws IOException {
        List<Path> written = AveAnalyses.plotClips(run(false), dir.resolve("plots"), 2);
        assertThat(written).containsExactly(dir.resolve("plots/clip_c1.png"), dir.resolve("plots/clip_c2.png"));
        for (Path png : written) {
            byte[] head = Arrays.copyOf(Files.readAllBytes(png), 4);
            assertThat(head).containsExactly(0x89, 'P', 'N', 'G');
        }
        MetricsJson noDebug = MetricsAssembler.assemble(List.of("uniform"), 1960, Map.of("uniform",
                run(false).tokenUsage().get("uniform")), List.of(new SeedResult(0, Map.of("uniform",
                result(0.5, 0.5, 0.5, 0.5)))), null, EVAL);
        assertThat(AveAnalyses.plotClips(noDebug, dir.resolve("none"), 8)).isEmpty();
        assertThat(dir.resolve("none")).doesNotExist();
    }

    // ---- §5.10 degradation -----------------------------------------------------------------

    /** 10 s at 16 kHz of a quiet tone with one loud second. */
    private static DegradationSuite.ClipAudio clip(String id, int loudSecond) {
        int sr = 16_000;
        float[] wave = new float[10 * sr];
        for (int i = 0; i < wave.length; i++) {
            double amplitude = i / sr == loudSecond ? 0.8 : 0.01;
            wave[i] = (float) (amplitude * Math.sin(2 * Math.PI * 440 * i / sr));
        }
        int[] labels = new int[10];
        labels[loudSecond] = 1;
        return new DegradationSuite.ClipAudio(id, wave, sr, labels);
    }

    /** Per-second mean square: a deterministic Stage-1 stand-in for the suite's plumbing. */
    private static double[] energy(float[] wave, int sr) {
        double[] s = new double[10];
        for (int i = 0; i < Math.min(wave.length, 10 * sr); i++) {
            s[i / sr] += (double) wave[i] * wave[i] / sr;
        }
        return s;
    }

    private static int[] top1(double[] scores) {
        int best = 0;
        for (int t = 1; t < scores.length; t++) {
            if (scores[t] > scores[best]) {
                best = t;
            }
        }
        return new int[] {best};
    }

    @Test
    void degradationRowsKeepConditionOrderAndMatchTheSequentialSuite() throws InterruptedException {
        List<DegradationSuite.ClipAudio> clips = List.of(clip("a", 3), clip("b", 7));
        List<DegradationCondition> conditions = List.of(new DegradationCondition(0, 20, 0),
                new DegradationCondition(0.5, 0, 0.5), new DegradationCondition(-0.5, 10, 0));
        AveAnalyses.DegradationSetup setup = new AveAnalyses.DegradationSetup("meta", "videos", "test", 1,
                "energy", PlannerAnchorPicker.gateFreeConfig(1, "topk", 2, 0));
        DegradationSuiteJson suite = AveAnalyses.degradation(setup, clips, AveAnalysesTest::energy,
                AveAnalysesTest::top1, conditions, 3, Progress.NONE);
        assertThat(suite.rows()).hasSize(3);
        for (int i = 0; i < conditions.size(); i++) {
            DegradationSuite.Row expected = DegradationSuite.evaluate(conditions.get(i), clips, AveAnalysesTest::energy,
                    AveAnalysesTest::top1, DegradationGrid.DELTAS);
            assertThat(suite.rows().get(i)).isEqualTo(expected);
        }
        assertThat(suite.rows().get(0).recallByDelta()).containsEntry("0", 1.0);
        assertThat(suite.rows().get(0).numEvalIds()).isEqualTo(2);
        assertThat(suite.counts()).containsEntry("eval", 2).containsEntry("skipped", 1);
        assertThat(suite.splits()).containsEntry("eval", "test");
        assertThat(suite.mode()).isEqualTo("degradation_suite");
        assertThat(suite.usesVisual()).isFalse();
        assertThat(suite.grid().snrDb()).containsExactly(20.0, 0.0, 10.0);
    }

    @Test
    void degradationSurfacesAScorerFailure() {
        DegradationSuite.Stage1Scorer broken = (wave, sr) -> {
            throw new IllegalStateException("eventness-svc unavailable");
        };
        AveAnalyses.DegradationSetup setup = new AveAnalyses.DegradationSetup("m", "v", "test", 0, "energy", Map.of());
        assertThatThrownBy(() -> AveAnalyses.degradation(setup, List.of(clip("a", 1)), broken, AveAnalysesTest::top1,
                DegradationGrid.suite(), 2, Progress.NONE)).hasMessageContaining("eventness-svc unavailable");
    }

    @Test
    void theFullGridIsTheReferenceGrid() {
        assertThat(AveAnalyses.gridOf(DegradationGrid.suite())).isEqualTo(DegradationSuiteJson.Grid.reference());
    }
}

package dev.ltl.eval.engine.ave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ltl.eval.analysis.DegradationAccuracy;
import dev.ltl.eval.train.domain.EvalResult;
import dev.ltl.planner.domain.PlannerConfig;
import dev.ltl.proto.planner.v1.PlanResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure parts of §5.11 on hand-built plans. */
class DegradationAccuracyRunTest {
    // u(c1) = 0.3374, u(c2) = 0.8876, u(c3) = 0.8473 (SHA-1 "alpha_fallback_v1:" + id, checked with hashlib)
    private static final List<String> EVAL = List.of("c1", "c2", "c3");

    private static PlanResponse plan(long tokens, boolean fallback, int... anchors) {
        PlanResponse.Builder b = PlanResponse.newBuilder().setTotalTokens(tokens).setFallbackUsed(fallback);
        for (int a : anchors) {
            b.addAnchors(a);
        }
        return b.build();
    }

    private static Map<String, PlanResponse> plans(PlanResponse... byClip) {
        Map<String, PlanResponse> out = new LinkedHashMap<>();
        for (int i = 0; i < byClip.length; i++) {
            out.put(EVAL.get(i), byClip[i]);
        }
        return out;
    }

    @Test
    void theAnchoredPathDropsTheMechanismsE0331Omits() {
        Map<String, Object> best = new LinkedHashMap<>(Map.of("anchor_drop_far_dist", 2, "anchor_fallback_far_dist", 3,
                "anchor_gate_method", "lr_top1hit_v1", "anchor_fallback_mode", "cheap_visual_framediff",
                "anchor_shift", 1, "anchor_conf_metric", "gini", "anchor_conf_threshold", 0.45));
        Map<String, Object> cfg = DegradationAccuracyRun.anchoredConfig(best);
        assertThat(cfg).containsEntry("anchor_drop_far_dist", 0).containsEntry("anchor_fallback_far_dist", 0)
                .containsEntry("anchor_gate_method", "none").containsEntry("anchor2_veto_method", "none")
                .containsEntry("anchor_fallback_mode", "uniform")
                // the confidence gate and the shift stay
                .containsEntry("anchor_conf_metric", "gini").containsEntry("anchor_conf_threshold", 0.45)
                .containsEntry("anchor_shift", 1);
        PlannerConfig.fromMap(cfg);
    }

    @Test
    void alphaForcesTheClipsWithUBelowAlphaToUniform() {
        Map<String, PlanResponse> own = plans(plan(1, false, 1), plan(2, false, 2), plan(3, false, 3));
        Map<String, PlanResponse> uniform = plans(plan(10, false), plan(20, false), plan(30, false));
        assertThat(DegradationAccuracyRun.forceUniform(EVAL, 0.0, own, uniform)).isEqualTo(own);
        assertThat(DegradationAccuracyRun.forceUniform(EVAL, 1.0, own, uniform)).isEqualTo(uniform);
        assertThat(DegradationAccuracyRun.forceUniform(EVAL, 0.5, own, uniform))
                .containsEntry("c1", uniform.get("c1")).containsEntry("c2", own.get("c2"))
                .containsEntry("c3", own.get("c3"));
    }

    @Test
    void stage1SummarisesTokensForcingFallbacksAndRecall() {
        Map<String, int[]> labels = new LinkedHashMap<>();
        labels.put("c1", new int[] {0, 1, 1, 0, 0, 0, 0, 0, 0, 0});
        labels.put("c2", new int[] {0, 0, 0, 0, 0, 0, 0, 2, 0, 0});
        labels.put("c3", new int[] {0, 0, 0, 0, 4, 4, 0, 0, 0, 0});
        Map<String, double[]> scores = new LinkedHashMap<>();
        EVAL.forEach(id -> scores.put(id, new double[10]));
        AveData data = new AveData(List.of("c1"), EVAL, labels, scores, 5, 10);
        // α = 0.5 forces c1 (anchors [] → recall 0); c2 hits second 7; c3 fell back (no anchors)
        Map<String, PlanResponse> plans = plans(plan(1960, false, 1), plan(1900, false, 7), plan(2000, true));
        DegradationAccuracy.Stage1 s = DegradationAccuracyRun.stage1(data, EVAL, 0.5, plans);
        assertThat(s.tokenUsage().mean()).isCloseTo(1953.3333, within(1e-3));
        assertThat(s.tokenUsage().min()).isEqualTo(1900);
        assertThat(s.tokenUsage().max()).isEqualTo(2000);
        assertThat(s.alphaForceUniformFrac()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.gateFallbackUsedFrac()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.recallByDelta()).containsEntry("0", 1.0 / 3).containsEntry("1", 1.0 / 3).containsEntry("2", 1.0 / 3);
        // without forcing, c1's anchor 1 covers second 1 of {1, 2} at Δ0 and both at Δ1
        DegradationAccuracy.Stage1 free = DegradationAccuracyRun.stage1(data, EVAL, 0.0, plans);
        assertThat(free.alphaForceUniformFrac()).isZero();
        assertThat(free.recallByDelta().get("0")).isCloseTo((0.5 + 1) / 3, within(1e-12));
        assertThat(free.recallByDelta().get("1")).isCloseTo((1 + 1) / 3.0, within(1e-12));
    }

    @Test
    void blockAccuraciesAverageEachBlocksClipsExactly() {
        // float32 per-sample accuracies of 10-second clips: 7/10, 10/10, 0/10, 3/10, 8/10, 10/10
        EvalResult eval = new EvalResult(0.5, null, new float[] {0.7f, 1f, 0f, 0.3f, 0.8f, 1f}, new Float[6],
                new double[] {1.0});
        assertThat(DegradationAccuracyRun.blockAccuracies(eval, 3, 10)).containsExactly(17 / 30.0, 21 / 30.0);
        assertThat(DegradationAccuracyRun.blockAccuracies(eval, 2, 10)).containsExactly(17 / 20.0, 3 / 20.0, 18 / 20.0);
        assertThat(DegradationAccuracyRun.blockAccuracies(eval, 6, 10)[0]).isEqualTo(0.6333333333333333);
    }

    @Test
    void identicalEvalPlanSetsShareOneBlock() {
        Map<String, PlanResponse> clean = plans(plan(1, false, 1), plan(2, false), plan(3, false));
        DegradationAccuracyRun.EvalBlocks blocks = new DegradationAccuracyRun.EvalBlocks(clean);
        Map<String, PlanResponse> allUniform = plans(plan(10, false), plan(20, false), plan(30, false));
        assertThat(blocks.indexOf(allUniform)).isEqualTo(1);
        assertThat(blocks.indexOf(plans(plan(10, false), plan(20, false), plan(30, false)))).isEqualTo(1);
        assertThat(blocks.indexOf(plans(plan(10, false), plan(2, false), plan(30, false)))).isEqualTo(2);
        assertThat(blocks.indexOf(clean)).isZero();
        assertThat(blocks.blocks()).hasSize(3).first().isEqualTo(clean);
    }
}

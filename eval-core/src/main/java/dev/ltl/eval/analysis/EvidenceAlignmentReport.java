package dev.ltl.eval.analysis;

import dev.ltl.eval.stats.Correlation;
import dev.ltl.eval.stats.Descriptive;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The computed blocks of {@code evidence_alignment.json} (§5.9) over the clips with a known
 * per-clip δ (as in §5.7): {@code cov_by_tau}, {@code corr_by_tau}, {@code top_improve} and
 * {@code top_degrade}.
 *
 * <p>[AMBIG] choices: {@code cov_by_tau.std} is numpy's default population std (ddof = 0);
 * the top lists rank at the middle τ of the grid, {@code top_improve} by (cov desc, δ desc, id)
 * and {@code top_degrade} by (cov asc, δ asc, id).
 */
public final class EvidenceAlignmentReport {
    /** {@code cov_by_tau["0.300"]}. */
    public record CovStats(double mean, double std) {
    }

    /** One {@code top_improve}/{@code top_degrade} line. */
    public record TopClip(String clipId, double delta, Map<String, Double> covByTau) {
    }

    /**
     * @param covByTau     τ key → {mean, std} of per-clip Cov@τ
     * @param corrByTau    τ key → correlation of per-clip Cov@τ with δ
     * @param numClipsUsed clips evaluated
     * @param topImprove   best-covered clips at the middle τ
     * @param topDegrade   worst-covered clips at the middle τ
     */
    public record Result(Map<String, CovStats> covByTau, Map<String, Correlation> corrByTau, int numClipsUsed,
                         List<TopClip> topImprove, List<TopClip> topDegrade) {
    }

    private EvidenceAlignmentReport() {
    }

    /**
     * @param clips      clips with final anchors and labels
     * @param clipDelta  clip id → δ (clips missing here are skipped)
     * @param taus       τ grid (non-empty)
     * @param deltaS     predicted-window extension δ in seconds
     * @param topN       length of each top list
     */
    public static Result compute(List<AnchorEvaluation.ClipAnchors> clips, Map<String, Double> clipDelta,
                                 double[] taus, double deltaS, int topN) {
        if (taus.length == 0) {
            throw new IllegalArgumentException("the tau grid is empty");
        }
        List<AnchorEvaluation.ClipAnchors> used = clips.stream()
                .filter(c -> clipDelta.get(c.clipId()) != null).toList();
        double[] delta = used.stream().mapToDouble(c -> clipDelta.get(c.clipId())).toArray();
        Map<String, CovStats> cov = new LinkedHashMap<>();
        Map<String, Correlation> corr = new LinkedHashMap<>();
        double[][] perClip = new double[taus.length][];
        for (int k = 0; k < taus.length; k++) {
            double tau = taus[k];
            double[] c = used.stream()
                    .mapToDouble(x -> EvidenceAlignment.coverage(x.anchors(), x.labels(), tau, deltaS)).toArray();
            perClip[k] = c;
            String key = EvidenceAlignment.tauKey(tau);
            double mean = c.length == 0 ? 0.0 : Descriptive.mean(c);
            double std = c.length == 0 ? 0.0 : Descriptive.populationStd(c);
            cov.put(key, new CovStats(mean, std));
            corr.put(key, Correlation.of(c, delta));
        }
        List<TopClip> lines = new ArrayList<>();
        for (int i = 0; i < used.size(); i++) {
            Map<String, Double> byTau = new LinkedHashMap<>();
            for (int k = 0; k < taus.length; k++) {
                byTau.put(EvidenceAlignment.tauKey(taus[k]), perClip[k][i]);
            }
            lines.add(new TopClip(used.get(i).clipId(), delta[i], byTau));
        }
        String mid = EvidenceAlignment.tauKey(taus[taus.length / 2]);
        Comparator<TopClip> ascending = Comparator.<TopClip>comparingDouble(t -> t.covByTau().get(mid))
                .thenComparingDouble(TopClip::delta);
        List<TopClip> improve = lines.stream()
                .sorted(ascending.reversed().thenComparing(TopClip::clipId)).limit(topN).toList();
        List<TopClip> degrade = lines.stream()
                .sorted(ascending.thenComparing(TopClip::clipId)).limit(topN).toList();
        return new Result(cov, corr, used.size(), improve, degrade);
    }
}

package dev.ltl.eval.analysis;

import dev.ltl.eval.stats.Correlation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** {@code evidence_alignment.json} with the reference keys (§5.9). */
public record EvidenceAlignmentJson(boolean ok, String inMetrics, String metaDir, double deltaS, List<Double> tauGrid,
                                    int numEvalIds, int numUniqueEvalIds, int numClipsUsed,
                                    Map<String, EvidenceAlignmentReport.CovStats> covByTau,
                                    Map<String, Correlation> corrByTau,
                                    List<EvidenceAlignmentReport.TopClip> topImprove,
                                    List<EvidenceAlignmentReport.TopClip> topDegrade) {

    /** Wraps a computed report with its header. */
    public static EvidenceAlignmentJson of(String inMetrics, String metaDir, double deltaS, double[] taus,
                                           int numEvalIds, int numUniqueEvalIds, EvidenceAlignmentReport.Result r) {
        return new EvidenceAlignmentJson(true, inMetrics, metaDir, deltaS, Arrays.stream(taus).boxed().toList(),
                numEvalIds, numUniqueEvalIds, r.numClipsUsed(), r.covByTau(), r.corrByTau(), r.topImprove(),
                r.topDegrade());
    }
}

package dev.ltl.eval.artifacts;

import dev.ltl.eval.sweep.Candidate;
import dev.ltl.eval.sweep.SweepEntry;
import dev.ltl.eval.sweep.SweepSelection;
import java.util.List;

/**
 * {@code sweep_summary.json} with the reference keys (§5.5): run description, settings,
 * {@code candidates}, {@code best} and {@code top3}.
 */
public record SweepSummaryJson(boolean ok, String metaDir, String processedDir, String cachesDir,
                               String splitTrain, String splitEval, int numTrainIds, int numEvalIds,
                               List<Integer> seeds, TrainCfg trainCfg, String candidateSet,
                               String eventnessMethod, String scoresJson, String audioDevice,
                               String trainDevice, double pFilter, List<SweepEntry> candidates,
                               SweepEntry best, List<SweepEntry> top3) {

    /** Applies the §5.2 selection (with the info's p_filter) and builds the summary. */
    public static SweepSummaryJson of(SweepRunInfo info, List<SweepEntry> candidates) {
        SweepSelection.Outcome outcome = SweepSelection.select(candidates, info.pFilter());
        return new SweepSummaryJson(true, info.metaDir(), info.processedDir(), info.cachesDir(),
                info.splitTrain(), info.splitEval(), info.numTrainIds(), info.numEvalIds(), info.seeds(),
                info.trainCfg(), info.candidateSet(), info.eventnessMethod(), info.scoresJson(),
                info.audioDevice(), info.trainDevice(), info.pFilter(), List.copyOf(candidates),
                outcome.best(), outcome.top3());
    }

    /**
     * A candidate's summary line from its finished metrics: Δ = summary mean of anchored_top2
     * minus uniform, p = {@code paired_ttest.anchored_vs_uniform.p}; each null when missing.
     */
    public static SweepEntry entry(Candidate candidate, String metricsPath, MetricsJson metrics) {
        Double delta = null;
        if (metrics.summary().containsKey("anchored_top2") && metrics.summary().containsKey("uniform")) {
            delta = metrics.summary().get("anchored_top2").mean() - metrics.summary().get("uniform").mean();
        }
        Double p = null;
        if (metrics.pairedTtest() != null && metrics.pairedTtest().containsKey("anchored_vs_uniform")) {
            p = metrics.pairedTtest().get("anchored_vs_uniform").p();
        }
        return new SweepEntry(candidate.config(), metricsPath, delta, p);
    }
}

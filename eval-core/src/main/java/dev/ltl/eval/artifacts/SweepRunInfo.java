package dev.ltl.eval.artifacts;

import java.util.List;

/**
 * The run description and settings of a sweep, i.e. every {@code sweep_summary.json} key other
 * than the candidate lists (§5.5).
 */
public record SweepRunInfo(String metaDir, String processedDir, String cachesDir, String splitTrain,
                           String splitEval, int numTrainIds, int numEvalIds, List<Integer> seeds,
                           TrainCfg trainCfg, String candidateSet, String eventnessMethod, String scoresJson,
                           String audioDevice, String trainDevice, double pFilter) {
    public SweepRunInfo {
        seeds = List.copyOf(seeds);
    }
}

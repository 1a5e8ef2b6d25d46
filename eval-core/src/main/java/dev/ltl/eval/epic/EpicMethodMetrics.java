package dev.ltl.eval.epic;

import dev.ltl.eval.stats.MeanStd;
import java.util.List;

/**
 * A method's metrics over seeds: mean and std (ddof 1, 0 for one seed — as the AVE summaries) of
 * mAP and macro-F1@0.5, the per-seed values, and the plan's mean vision tokens per video.
 */
public record EpicMethodMetrics(double mapMean, double mapStd, double f1Mean, double f1Std, List<EpicSeedMetrics> perSeed,
                                double meanTokensPerVideo) {
    public EpicMethodMetrics {
        perSeed = List.copyOf(perSeed);
    }

    public static EpicMethodMetrics of(List<EpicSeedMetrics> perSeed, double meanTokensPerVideo) {
        MeanStd map = MeanStd.of(perSeed.stream().mapToDouble(EpicSeedMetrics::map).toArray());
        MeanStd f1 = MeanStd.of(perSeed.stream().mapToDouble(EpicSeedMetrics::macroF1).toArray());
        return new EpicMethodMetrics(map.mean(), map.std(), f1.mean(), f1.std(), perSeed, meanTokensPerVideo);
    }
}

package dev.ltl.eval.engine.ave;

import dev.ltl.eval.data.AveSplit;
import java.nio.file.Path;
import java.util.List;

/**
 * Options of an AVE run or sweep, with the CLI's names in the comments.
 *
 * @param metaDir          AVE metadata (Annotations.txt + the three split files) — {@code --meta}
 * @param videosDir        the videos; null when scores and features come from files — {@code --videos}
 * @param outDir           artifacts and the run store — {@code --out}
 * @param runId            run store key; reusing it resumes — {@code --run-id}
 * @param evalSplit        VAL for sweeps, TEST for reproduction — {@code --split}
 * @param allowMissing     skip clips without media (counted and reported) — {@code --allow-missing}
 * @param limitTrain       at most this many train clips (0 = all) — {@code --limit-train}
 * @param limitEval        at most this many eval clips (0 = all) — {@code --limit-eval}
 * @param seeds            training seeds — {@code --seeds}
 * @param eventnessMethod  eventness-svc method for the Stage-1 scores — {@code --eventness-method}
 * @param scoresJson       external scores {clip: [..]} instead of eventness-svc — {@code --scores-json}
 * @param backbone         vlm-svc model name — {@code --backbone}
 * @param cacheDir         feature cache root — {@code --cache}
 * @param importNpz        reference .npz cache to import first — {@code --import-npz}
 * @param eventnessTarget  host:port of eventness-svc
 * @param plannerTarget    host:port of planner-svc
 * @param vlmTarget        host:port of vlm-svc
 * @param settings         optimiser settings — {@code --epochs --batch-size --lr --weight-decay}
 * @param workers          trainings run in parallel — {@code --workers}
 * @param threadsPerTraining PyTorch threads per training — {@code --threads-per-training}
 */
public record AveOptions(Path metaDir, Path videosDir, Path outDir, String runId, AveSplit evalSplit,
                         boolean allowMissing, int limitTrain, int limitEval, List<Integer> seeds,
                         String eventnessMethod, Path scoresJson, String backbone, Path cacheDir, Path importNpz,
                         String eventnessTarget, String plannerTarget, String vlmTarget, TrainSettings settings,
                         int workers, int threadsPerTraining) {
    public static final int NUM_SECONDS = 10;

    public AveOptions {
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("seeds: at least one seed is needed");
        }
        if (evalSplit == AveSplit.TRAIN) {
            throw new IllegalArgumentException("split: evaluate on val or test, not train");
        }
    }
}

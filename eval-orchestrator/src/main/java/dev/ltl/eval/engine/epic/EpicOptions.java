package dev.ltl.eval.engine.epic;

import dev.ltl.eval.train.domain.MultiLabelConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * One EPIC evaluation's inputs and knobs.
 *
 * @param trainCsv        EPIC_Sounds_train.csv
 * @param valCsv          EPIC_Sounds_validation.csv
 * @param trainIds        optional video-level split file for train (null: every annotated video)
 * @param valIds          optional split file for val
 * @param videosDir       {@code <video_id>.mp4} files
 * @param outDir          where metrics.json and plans.jsonl go
 * @param cacheDir        feature cache root
 * @param methods         short names: uniform, random, audio_anchored, oracle
 * @param maxSteps        the step budget (budget = max_steps · 196 tokens)
 * @param maxSeconds      duration cap (MAX_SECONDS, 120)
 * @param seeds           training seeds
 * @param training        head and optimiser settings
 * @param backbone        vlm-svc embedding model
 * @param eventnessMethod eventness-svc method of the anchors' energy scores
 * @param limitTrain      at most this many train videos (0 = all), first by id
 * @param limitVal        at most this many val videos (0 = all)
 * @param eventnessTarget host:port of eventness-svc
 * @param plannerTarget   host:port of planner-svc
 * @param vlmTarget       host:port of vlm-svc
 * @param threads         PyTorch threads of a training
 */
public record EpicOptions(Path trainCsv, Path valCsv, Path trainIds, Path valIds, Path videosDir, Path outDir,
                          Path cacheDir, List<String> methods, int maxSteps, int maxSeconds, List<Long> seeds,
                          MultiLabelConfig training, String backbone, String eventnessMethod, int limitTrain,
                          int limitVal, String eventnessTarget, String plannerTarget, String vlmTarget, int threads) {
    public static final List<String> ALL_METHODS = List.of("uniform", "random", "audio_anchored", "oracle");

    public EpicOptions {
        methods = List.copyOf(methods);
        seeds = List.copyOf(seeds);
        if (methods.isEmpty() || seeds.isEmpty()) {
            throw new IllegalArgumentException("need at least one method and one seed");
        }
        for (String method : methods) {
            if (!ALL_METHODS.contains(method)) {
                throw new IllegalArgumentException("unknown EPIC method '" + method + "' (one of " + ALL_METHODS + ")");
            }
        }
        if (maxSteps < 1 || maxSeconds < 1) {
            throw new IllegalArgumentException("max_steps and max_seconds must be >= 1");
        }
    }
}

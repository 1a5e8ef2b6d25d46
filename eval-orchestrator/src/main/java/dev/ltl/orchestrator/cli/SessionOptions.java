package dev.ltl.orchestrator.cli;

import dev.ltl.eval.data.AveSplit;
import dev.ltl.eval.engine.ave.AveOptions;
import dev.ltl.eval.engine.ave.TrainSettings;
import dev.ltl.eval.train.domain.OptimizerConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by {@code ave sweep} and {@code ave run}: where data comes from and how to train. */
final class SessionOptions {
    @Option(names = "--ave", description = "AVE-layout directory: split files in it, videos in DIR/videos "
            + "(what `ltl simulate ave` writes).")
    Path ave;

    @Option(names = "--meta", description = "AVE metadata directory (Annotations.txt, trainSet/valSet/testSet.txt).")
    Path meta;

    @Option(names = "--videos", description = "Videos directory (<id>.mp4).")
    Path videos;

    @Option(names = "--out", required = true, description = "Output directory (artifacts + run store).")
    Path out;

    @Option(names = "--run-id", description = "Run store id; the same id resumes (default: derived from --out).")
    String runId;

    @Option(names = "--seeds", split = ",", defaultValue = "0,1,2", description = "Seeds (default ${DEFAULT-VALUE}).")
    List<Integer> seeds;

    @Option(names = "--allow-missing", description = "Skip clips without media (counted and reported).")
    boolean allowMissing;

    @Option(names = "--limit-train", defaultValue = "0", description = "At most this many train clips (0 = all).")
    int limitTrain;

    @Option(names = "--limit-eval", defaultValue = "0", description = "At most this many eval clips (0 = all).")
    int limitEval;

    @Option(names = "--eventness-method", defaultValue = "energy_stride_max",
            description = "Stage-1 method of eventness-svc (default ${DEFAULT-VALUE}).")
    String eventnessMethod;

    @Option(names = "--scores-json", description = "External Stage-1 scores ({clip: [..]} or {\"scores\": {..}}).")
    Path scoresJson;

    @Option(names = "--backbone", defaultValue = "mobilenetv2-12-int8-dyn",
            description = "vlm-svc embedding model (default ${DEFAULT-VALUE}).")
    String backbone;

    @Option(names = "--cache", description = "Feature cache root (default: <out>/../feature-cache).")
    Path cache;

    @Option(names = "--import-npz", description = "Reference cache directory of <clip_id>.npz files to import first.")
    Path importNpz;

    @Option(names = "--eventness", defaultValue = "localhost:8081", description = "eventness-svc target.")
    String eventnessTarget;

    @Option(names = "--planner", defaultValue = "localhost:8082", description = "planner-svc target.")
    String plannerTarget;

    @Option(names = "--vlm", defaultValue = "localhost:8083", description = "vlm-svc target.")
    String vlmTarget;

    @Option(names = "--epochs", defaultValue = "5") int epochs;
    @Option(names = "--batch-size", defaultValue = "16") int batchSize;
    @Option(names = "--lr", defaultValue = "0.002") float lr;
    @Option(names = "--weight-decay", defaultValue = "0") float weightDecay;

    @Option(names = "--workers", defaultValue = "2", description = "Trainings in parallel (default ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--threads-per-training", defaultValue = "1") int threadsPerTraining;

    AveOptions toOptions(AveSplit split) {
        Path metaDir = meta != null ? meta : ave;
        if (metaDir == null) {
            throw new IllegalArgumentException("give --ave DIR or --meta DIR");
        }
        Path videosDir = videos != null ? videos : ave != null ? ave.resolve("videos") : null;
        Path outDir = out.toAbsolutePath().normalize();
        Path cacheDir = cache != null ? cache : outDir.resolveSibling("feature-cache");
        String id = runId != null ? runId : outDir.getFileName() + "-" + split.shortName();
        return new AveOptions(metaDir, videosDir, outDir, id, split, allowMissing, limitTrain, limitEval,
                new ArrayList<>(seeds), eventnessMethod, scoresJson, backbone, cacheDir, importNpz,
                eventnessTarget, plannerTarget, vlmTarget,
                new TrainSettings(new OptimizerConfig(epochs, batchSize, lr, weightDecay)), workers, threadsPerTraining);
    }
}

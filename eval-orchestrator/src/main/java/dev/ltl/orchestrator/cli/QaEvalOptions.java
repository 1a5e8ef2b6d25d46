package dev.ltl.orchestrator.cli;

import dev.ltl.eval.engine.qa.QaEvalConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by {@code qa eval} and {@code qa faithfulness}: the dataset, the VLM and the services. */
final class QaEvalOptions {
    @Option(names = "--format", required = true,
            description = "Annotation format: intentqa | egoschema | avqa | jsonl.")
    String format;

    @Option(names = "--annotations", required = true, description = "Annotation file (CSV / JSON / JSONL).")
    Path annotations;

    @Option(names = "--labels", description = "EgoSchema labels (subset_answers.json; default: beside the questions).")
    Path labels;

    @Option(names = "--split", description = "Split name (EgoSchema: subset | full; default: the format's).")
    String split;

    @Option(names = "--name", description = "Dataset name reported as metrics.json task (default: the format's, "
            + "for jsonl the file's stem).")
    String name;

    @Option(names = "--video-dir", required = true, description = "Directory of <video_id>.<mp4|mkv|webm|avi|mov>.")
    Path videoDir;

    @Option(names = "--transcripts",
            description = "Directory of <video_id>.words.json transcripts for ql2l_* (default: <video-dir>/../words).")
    Path transcripts;

    @Option(names = "--cache", description = "Preprocessing cache (default: <out>/../qa-cache).")
    Path cache;

    @Option(names = "--out", required = true, description = "Output directory; rerun with the same one to resume.")
    Path out;

    @Option(names = "--budget", defaultValue = "16", description = "Frames per item, B (default ${DEFAULT-VALUE}).")
    int budget;

    @Option(names = "--max-seconds", defaultValue = "120",
            description = "Seconds of each video decoded (default ${DEFAULT-VALUE}).")
    int maxSeconds;

    @Option(names = "--strategy", defaultValue = "letter_likelihood",
            description = "letter_likelihood | generate | per_option (default ${DEFAULT-VALUE}).")
    String strategy;

    @Option(names = "--seed", defaultValue = "0", description = "Run seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--limit", defaultValue = "0", description = "At most this many items (0 = all).")
    int limit;

    @Option(names = "--model", defaultValue = "tiny-qwen-vl", description = "vlm-svc VLM (default ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--resolution", description = "Send frames as r x r squares.")
    Integer resolution;

    @Option(names = "--max-pixels", description = "Send frames scaled down to at most this many pixels "
            + "(default: qwen-vl-utils' video frame budget 602112 = 768 x 28 x 28).")
    Long maxPixels;

    @Option(names = "--concurrency", defaultValue = "4",
            description = "(item, method) pairs in flight (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--allow-missing", description = "Skip items whose video is missing or fails to decode.")
    boolean allowMissing;

    @Option(names = "--min-items", defaultValue = "1",
            description = "Abort when fewer items remain after skipping (default ${DEFAULT-VALUE}).")
    int minItems;

    @Option(names = "--n-boot", defaultValue = "300", description = "Bootstrap resamples (default ${DEFAULT-VALUE}).")
    int nBoot;

    @Option(names = "--eventness", defaultValue = "localhost:8081", description = "eventness-svc target.")
    String eventnessTarget;

    @Option(names = "--planner", defaultValue = "localhost:8082", description = "planner-svc target.")
    String plannerTarget;

    @Option(names = "--vlm", defaultValue = "localhost:8083", description = "vlm-svc target.")
    String vlmTarget;

    QaEvalConfig toConfig(List<String> methods) {
        Path outDir = out.toAbsolutePath().normalize();
        return new QaEvalConfig(format, annotations, labels, split, name, videoDir, transcripts,
                cache != null ? cache : outDir.resolveSibling("qa-cache"), new ArrayList<>(methods), budget,
                maxSeconds, strategy, seed, limit, model, QaEvalConfig.ImageSize.of(resolution, maxPixels),
                concurrency, allowMissing, minItems, nBoot,
                new QaEvalConfig.ServiceTargets(eventnessTarget, plannerTarget, vlmTarget));
    }
}

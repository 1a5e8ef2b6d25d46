package dev.ltl.eval.engine.qa;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a QA evaluation ({@code ltl qa eval}) needs: what to evaluate, how to answer, and
 * where the services are. {@link #runConfig()} is the part that decides the results; it is the
 * header of predictions.jsonl, and a resumed run must match it.
 *
 * @param format        dataset format name: intentqa | egoschema | avqa | jsonl
 * @param annotations   the dataset's annotation file (CSV / JSON / JSONL)
 * @param labels        EgoSchema's subset_answers.json (null: the loader's default)
 * @param split         split name to report (EgoSchema: subset | full); null = the format's default
 * @param name          dataset name reported as metrics.json {@code task}; null = the loader's default
 * @param videoDir      directory of {@code <video_id>.<ext>} videos
 * @param transcriptDir word-timestamp transcripts {@code <video_id>.words.json}; null = {@code <videoDir>/../words}
 * @param cacheDir      preprocessing cache root (frames + WAV per video)
 * @param methods       selection methods; {@code uniform} is always first (it is the paired baseline)
 * @param budgetFrames  B, frames the VLM sees per item
 * @param maxSeconds    seconds of each video that are decoded (T = min(#frames, maxSeconds))
 * @param strategy      letter_likelihood | generate | per_option
 * @param seed          run seed (random selector, bootstrap)
 * @param limit         at most this many items (0 = all)
 * @param model         VLM name served by vlm-svc
 * @param imageSize     the size frames are sent at
 * @param concurrency   (item, method) pairs in flight at once
 * @param allowMissing  skip items whose video is missing or fails to decode instead of failing
 * @param minItems      abort when fewer items remain after skipping
 * @param nBoot         bootstrap resamples of delta_vs_uniform
 * @param targets       host:port of the three services
 */
public record QaEvalConfig(String format, Path annotations, Path labels, String split, String name, Path videoDir,
                           Path transcriptDir, Path cacheDir, List<String> methods, int budgetFrames, int maxSeconds, String strategy,
                           long seed, int limit, String model, ImageSize imageSize, int concurrency,
                           boolean allowMissing, int minItems, int nBoot, ServiceTargets targets) {

    public static final String UNIFORM = "uniform";
    public static final List<String> STRATEGIES = List.of("letter_likelihood", "generate", "per_option");
    public static final int DEFAULT_MAX_SECONDS = 120;
    public static final int DEFAULT_N_BOOT = 300;

    public QaEvalConfig {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(annotations, "annotations");
        Objects.requireNonNull(videoDir, "videoDir");
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(targets, "targets");
        imageSize = imageSize == null ? ImageSize.DEFAULT : imageSize;
        methods = withUniformFirst(methods);
        if (budgetFrames < 1) {
            throw new IllegalArgumentException("budget_frames must be at least 1, got " + budgetFrames);
        }
        if (maxSeconds < 1) {
            throw new IllegalArgumentException("max_seconds must be at least 1, got " + maxSeconds);
        }
        if (!STRATEGIES.contains(strategy)) {
            throw new IllegalArgumentException("strategy must be one of " + STRATEGIES + ", got '" + strategy + "'");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
        }
        if (limit < 0 || minItems < 0 || nBoot < 1) {
            throw new IllegalArgumentException("limit and min_items must be >= 0 and n_boot >= 1");
        }
    }

    /** uniform first (the spec's "uniform always included"), then the others in the given order, deduplicated. */
    static List<String> withUniformFirst(List<String> methods) {
        List<String> ordered = new ArrayList<>();
        ordered.add(UNIFORM);
        for (String method : methods == null ? List.<String>of() : methods) {
            String name = method.strip();
            if (!name.isEmpty() && !ordered.contains(name)) {
                ordered.add(name);
            }
        }
        return List.copyOf(ordered);
    }

    /** Where transcripts are looked up: the option, else the {@code words/} directory beside the videos. */
    public Path effectiveTranscriptDir() {
        return transcriptDir != null ? transcriptDir : videoDir.toAbsolutePath().normalize().resolveSibling("words");
    }

    /**
     * The settings that decide the rows (recorded in the predictions header and checked on resume).
     * Service targets, concurrency and the cache directory are left out: they change how fast a run
     * goes, not what it computes, so a resumed run may use other ones.
     */
    public Map<String, Object> runConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("format", format);
        config.put("annotations", annotations.toAbsolutePath().normalize().toString());
        config.put("labels", labels == null ? null : labels.toAbsolutePath().normalize().toString());
        config.put("split", split);
        config.put("name", name);
        config.put("video_dir", videoDir.toAbsolutePath().normalize().toString());
        config.put("transcript_dir", effectiveTranscriptDir().toString());
        config.put("methods", methods);
        config.put("budget_frames", budgetFrames);
        config.put("max_seconds", maxSeconds);
        config.put("strategy", strategy);
        config.put("seed", seed);
        config.put("limit", limit);
        config.put("model", model);
        config.put("image_size", imageSize.describe());
        config.put("allow_missing", allowMissing);
        config.put("min_items", minItems);
        config.put("n_boot", nBoot);
        return config;
    }

    /** A copy with other methods (e.g. faithfulness runs one method). */
    public QaEvalConfig withMethods(List<String> newMethods) {
        return new QaEvalConfig(format, annotations, labels, split, name, videoDir, transcriptDir, cacheDir, newMethods,
                budgetFrames, maxSeconds, strategy, seed, limit, model, imageSize, concurrency, allowMissing, minItems,
                nBoot, targets);
    }

    /** host:port of eventness-svc, planner-svc and vlm-svc. */
    public record ServiceTargets(String eventness, String planner, String vlm) {
        public static final ServiceTargets LOCAL = new ServiceTargets("localhost:8081", "localhost:8082",
                "localhost:8083");

        public ServiceTargets {
            Objects.requireNonNull(eventness, "eventness");
            Objects.requireNonNull(planner, "planner");
            Objects.requireNonNull(vlm, "vlm");
        }
    }

    /**
     * The size a frame is sent to the VLM at: a square side or a pixel budget (exactly one).
     */
    public record ImageSize(Integer resolution, Long maxPixels) {
        /**
         * [AMBIG] the spec leaves the frame size to the processor. Default: qwen-vl-utils' pixel
         * budget for video frames, 768 x 28 x 28 = 602112 (Qwen2-VL's image default, 12845056, is
         * above vlm-svc's 1024² cap). Frames at or below it — the simulated 224² ones, most dataset
         * frames — keep their cached size, and the model's own smart-resize decides.
         */
        public static final long QWEN_VIDEO_MAX_PIXELS = 768L * 28 * 28;
        public static final ImageSize DEFAULT = new ImageSize(null, QWEN_VIDEO_MAX_PIXELS);

        public ImageSize {
            if ((resolution == null) == (maxPixels == null)) {
                throw new IllegalArgumentException("give a resolution or max_pixels (exactly one)");
            }
            if (resolution != null && resolution < 1 || maxPixels != null && maxPixels < 1) {
                throw new IllegalArgumentException("image size must be positive");
            }
        }

        /** Either one, or {@link #DEFAULT} when neither is given. */
        public static ImageSize of(Integer resolution, Long maxPixels) {
            return resolution == null && maxPixels == null ? DEFAULT : new ImageSize(resolution, maxPixels);
        }

        String describe() {
            return resolution != null ? "resolution=" + resolution : "max_pixels=" + maxPixels;
        }
    }
}

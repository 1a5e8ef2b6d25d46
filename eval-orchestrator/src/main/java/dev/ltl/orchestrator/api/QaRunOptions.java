package dev.ltl.orchestrator.api;

import dev.ltl.eval.engine.qa.QaEvalConfig;
import dev.ltl.eval.engine.qa.QaReports;
import java.nio.file.Path;
import java.util.List;

/**
 * The QA run kinds' options, named as the {@code ltl qa eval | faithfulness | buckets} options
 * ({@code --video-dir} is {@code video_dir}), with the CLI's defaults. Like
 * {@link RunOptionsMapper}, pure: files are checked by the run itself.
 */
final class QaRunOptions {
    static final List<String> DEFAULT_METHODS = List.of("uniform", "random", "text_only", "audio", "cheap_visual",
            "fused");

    private QaRunOptions() {
    }

    static RunSpec.QaEval eval(OptionReader r) {
        List<String> methods = r.strings("methods", DEFAULT_METHODS);
        Path out = r.requiredPath("out");
        return new RunSpec.QaEval(config(r, methods, out), out);
    }

    static RunSpec.QaFaithfulness faithfulness(OptionReader r) {
        String method = r.string("method", "fused");
        Path out = r.requiredPath("out");
        return new RunSpec.QaFaithfulness(config(r, List.of(method), out), method, out);
    }

    static RunSpec.QaBuckets buckets(OptionReader r) {
        Path predictions = r.requiredPath("predictions");
        Path out = r.path("out");
        List<String> methods = r.strings("methods", null);
        List<String> keys = r.strings("bucket_keys", null);
        return new RunSpec.QaBuckets(predictions, out != null ? out : predictions.getParent(), methods, keys,
                r.integer("n_boot", QaReports.BUCKET_N_BOOT, 1), r.integer("seed", 0, Integer.MIN_VALUE),
                r.string("qbar_method", null));
    }

    /** 0 for resolution / max_pixels means "not set", as an absent option does. */
    private static QaEvalConfig config(OptionReader r, List<String> methods, Path out) {
        String strategy = r.string("strategy", "letter_likelihood");
        if (!QaEvalConfig.STRATEGIES.contains(strategy)) {
            throw new InvalidRunOptionException("strategy", "strategy must be one of " + QaEvalConfig.STRATEGIES
                    + ", got '" + strategy + "'");
        }
        int resolution = r.integer("resolution", 0, 0);
        int maxPixels = r.integer("max_pixels", 0, 0);
        if (resolution > 0 && maxPixels > 0) {
            throw new InvalidRunOptionException("max_pixels", "give resolution or max_pixels, not both");
        }
        Path cache = r.path("cache");
        return new QaEvalConfig(r.requiredString("format"), r.requiredPath("annotations"), r.path("labels"),
                r.string("split", null), r.string("name", null), r.requiredPath("video_dir"), r.path("transcripts"),
                cache != null ? cache : out.resolveSibling("qa-cache"), methods,
                r.integer("budget", 16, 1), r.integer("max_seconds", QaEvalConfig.DEFAULT_MAX_SECONDS, 1), strategy,
                r.integer("seed", 0, Integer.MIN_VALUE), r.integer("limit", 0, 0),
                r.string("model", "tiny-qwen-vl"),
                QaEvalConfig.ImageSize.of(resolution > 0 ? resolution : null, maxPixels > 0 ? (long) maxPixels : null),
                r.integer("concurrency", 4, 1), r.flag("allow_missing", false), r.integer("min_items", 1, 0),
                r.integer("n_boot", QaEvalConfig.DEFAULT_N_BOOT, 1),
                new QaEvalConfig.ServiceTargets(r.string("eventness", "localhost:8081"),
                        r.string("planner", "localhost:8082"), r.string("vlm", "localhost:8083")));
    }
}

package dev.ltl.eval.data.qa;

/**
 * A video left out of an evaluation, as recorded in metrics.json {@code skipped_videos}.
 *
 * @param reason {@code missing_video} or {@code preprocess_failed}
 */
public record SkippedVideo(String videoId, String reason, String error) {
    public static final String MISSING = "missing_video";
    public static final String PREPROCESS_FAILED = "preprocess_failed";
}

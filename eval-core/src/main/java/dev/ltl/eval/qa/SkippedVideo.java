package dev.ltl.eval.qa;

/**
 * A video left out of the evaluation (spec §1), listed in {@code metrics.json}'s
 * {@code skipped_videos}.
 *
 * @param videoId video id
 * @param reason  {@code missing_video} or {@code preprocess_failed}
 * @param error   the failure message (null for a plainly missing file)
 */
public record SkippedVideo(String videoId, String reason, String error) {
    /** Spec reason: the video file does not exist. */
    public static final String MISSING_VIDEO = "missing_video";
    /** Spec reason: decoding or preprocessing failed. */
    public static final String PREPROCESS_FAILED = "preprocess_failed";
}

package dev.ltl.eval.data;

import java.util.Objects;

/**
 * One AVE annotation row {@code Category&VideoID&Quality&Start&End}: the clip {@code videoId} holds one event of
 * {@code category} between {@code startS} and {@code endS} seconds.
 */
public record AveAnnotation(String category, String videoId, String quality, double startS, double endS) {

    public AveAnnotation {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(videoId, "videoId");
        Objects.requireNonNull(quality, "quality");
        if (videoId.isBlank()) {
            throw new IllegalArgumentException("videoId must not be blank");
        }
    }

    /** The row in the AVE text format. Whole-second bounds are written without a fraction, as the official files do. */
    public String toRow() {
        return category + "&" + videoId + "&" + quality + "&" + formatSecond(startS) + "&" + formatSecond(endS);
    }

    private static String formatSecond(double s) {
        return s == Math.rint(s) && Math.abs(s) < 1e15 ? Long.toString((long) s) : Double.toString(s);
    }
}

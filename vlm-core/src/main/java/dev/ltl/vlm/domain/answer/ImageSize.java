package dev.ltl.vlm.domain.answer;

/**
 * The size a question's image is shown at before the model's own resize rule: a square side
 * ({@code resolution > 0}) or a pixel budget keeping the aspect ratio ({@code maxPixels > 0}); exactly one is set.
 */
public record ImageSize(int resolution, long maxPixels) {
    public ImageSize {
        if ((resolution > 0) == (maxPixels > 0)) {
            throw new IllegalArgumentException("exactly one of resolution and maxPixels must be positive");
        }
    }

    public static ImageSize square(int resolution) {
        return new ImageSize(resolution, 0);
    }

    public static ImageSize pixelBudget(long maxPixels) {
        return new ImageSize(0, maxPixels);
    }
}

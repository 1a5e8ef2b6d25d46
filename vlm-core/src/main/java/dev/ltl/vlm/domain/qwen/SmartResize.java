package dev.ltl.vlm.domain.qwen;

/**
 * The two size rules in front of a Qwen-VL vision encoder: the optional budget pre-resize
 * (vovnet.md §2.2) and Qwen's own {@code smart_resize} (vovnet.md §2.3, the published Qwen2-VL/Qwen3-VL rule),
 * plus the vision-token count that the resulting size costs (§2.4).
 */
public final class SmartResize {

    /** Qwen refuses images whose long side exceeds 200 × the short side. */
    static final double MAX_ASPECT_RATIO = 200.0;

    private SmartResize() {
    }

    /**
     * Qwen's smart_resize: the size closest to (height, width) with both sides multiples of
     * {@link QwenVisionConfig#factor()} and H·W within [minPixels, maxPixels], keeping the aspect ratio.
     * The arithmetic mirrors the Python rule operation for operation (double division, {@code round} half to
     * even, floor/ceil), so results are identical, not just close.
     *
     * @return {H, W}
     * @throws IllegalArgumentException for non-positive sizes or an aspect ratio above 200
     */
    public static int[] smartResize(int height, int width, QwenVisionConfig c) {
        if (height <= 0 || width <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        }
        if ((double) Math.max(height, width) / Math.min(height, width) > MAX_ASPECT_RATIO) {
            throw new IllegalArgumentException("absolute aspect ratio must be smaller than 200, got "
                    + width + "x" + height);
        }
        int factor = c.factor();
        // Python round() is half-to-even, which is what Math.rint does; tiny sides may round to 0 here and
        // are then lifted by the min-pixels branch (newer transformers no longer reject sides < factor).
        long hBar = (long) Math.rint((double) height / factor) * factor;
        long wBar = (long) Math.rint((double) width / factor) * factor;
        double area = (double) height * width;
        if (hBar * wBar > c.maxPixels()) {
            double beta = Math.sqrt(area / c.maxPixels());
            hBar = Math.max(factor, (long) Math.floor(height / beta / factor) * factor);
            wBar = Math.max(factor, (long) Math.floor(width / beta / factor) * factor);
        } else if (hBar * wBar < c.minPixels()) {
            double beta = Math.sqrt(c.minPixels() / area);
            hBar = (long) Math.ceil(height * beta / factor) * factor;
            wBar = (long) Math.ceil(width * beta / factor) * factor;
        }
        return new int[] {Math.toIntExact(hBar), Math.toIntExact(wBar)};
    }

    /**
     * Budget pre-resize of vovnet.md §2.2: scale s = min(1, longSide / max(w, h), √(maxPixels / (w·h))),
     * then floor each side (at least 1). Never upscales.
     *
     * @return {w′, h′} (width first, as the spec writes it); equal to (w, h) when the image already fits
     */
    public static int[] preResize(int w, int h, int longSide, long maxPixels) {
        if (w <= 0 || h <= 0 || longSide <= 0 || maxPixels <= 0) {
            throw new IllegalArgumentException("sizes and budgets must be positive");
        }
        double s = Math.min(1.0, Math.min((double) longSide / Math.max(w, h), Math.sqrt((double) maxPixels / ((double) w * h))));
        return new int[] {Math.max(1, (int) Math.floor(w * s)), Math.max(1, (int) Math.floor(h * s))};
    }

    /**
     * Vision tokens of one image of the smart-resized size: (H/patch/merge)·(W/patch/merge)
     * (grid_t = 1 for a still image).
     */
    public static long visionTokens(int resizedHeight, int resizedWidth, QwenVisionConfig c) {
        int factor = c.factor();
        if (resizedHeight % factor != 0 || resizedWidth % factor != 0) {
            throw new IllegalArgumentException("resized size " + resizedWidth + "x" + resizedHeight
                    + " is not a multiple of " + factor);
        }
        return (long) (resizedHeight / factor) * (resizedWidth / factor);
    }
}

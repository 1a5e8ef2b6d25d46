package dev.ltl.vlm.domain.qwen;

import dev.ltl.common.image.PillowResize;
import dev.ltl.common.media.RgbImage;
import dev.ltl.vlm.domain.answer.ImageSize;

/**
 * Turns a decoded image into Qwen-VL encoder input, the Java half of Hugging Face's Qwen2-VL image processor:
 * requested size → smart-resize → bicubic resize → normalise → duplicate to the temporal patch → flatten.
 *
 * <p>Resizing uses Pillow's bicubic ({@link PillowResize}) as Qwen2-VL's (slow) image processor does; Qwen3-VL's
 * fast processor resizes with torchvision instead, which differs by rounding only.
 */
public final class QwenImageProcessor {

    private final QwenVisionConfig config;

    public QwenImageProcessor(QwenVisionConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        this.config = config;
    }

    public QwenVisionConfig config() {
        return config;
    }

    /**
     * Processes one image.
     *
     * @param size square side (bicubic to r×r, aspect not kept) or pixel budget (aspect kept, scaled by
     *             min(1, √(P/(w·h))) with floored sides, never upscaled), applied before Qwen's smart-resize
     */
    public PatchedImage process(RgbImage image, ImageSize size) {
        RgbImage shown = applyRequestedSize(image, size);
        int[] hw = SmartResize.smartResize(shown.height(), shown.width(), config);
        RgbImage resized = resizeIfNeeded(shown, hw[1], hw[0]);
        return flatten(resized, size.resolution());
    }

    /** The size rule of {@link ImageSize}, before the model's own resize. */
    RgbImage applyRequestedSize(RgbImage image, ImageSize size) {
        if (size.resolution() > 0) {
            return resizeIfNeeded(image, size.resolution(), size.resolution());
        }
        // A pixel budget is the §2.2 pre-resize without a long-side cap.
        int[] wh = SmartResize.preResize(image.width(), image.height(), Integer.MAX_VALUE, size.maxPixels());
        return resizeIfNeeded(image, wh[0], wh[1]);
    }

    private static RgbImage resizeIfNeeded(RgbImage image, int width, int height) {
        return image.width() == width && image.height() == height ? image : PillowResize.resize(image, width, height);
    }

    /**
     * Normalises and flattens in Qwen's order: (T, C, H, W) reshaped to
     * (gridT, T, C, H/(p·m), m, p, W/(p·m), m, p) and permuted to
     * (gridT, h-block, w-block, h-in-block, w-in-block, C, T, py, px). Written as direct index arithmetic:
     * patch n = ((hBlock·wBlocks + wBlock)·m + hIn)·m + wIn covers pixel rows (hBlock·m + hIn)·p + py.
     */
    private PatchedImage flatten(RgbImage image, int requestedResolution) {
        int p = config.patchSize();
        int m = config.mergeSize();
        int temporal = config.temporalPatchSize();
        int width = image.width();
        int height = image.height();
        int gridH = height / p;
        int gridW = width / p;
        int hBlocks = gridH / m;
        int wBlocks = gridW / m;
        int patchDim = config.patchDim();
        int numPatches = gridH * gridW;
        float[] normalised = normalise(image);
        float[] patches = new float[numPatches * patchDim];
        int out = 0;
        for (int hb = 0; hb < hBlocks; hb++) {
            for (int wb = 0; wb < wBlocks; wb++) {
                for (int hi = 0; hi < m; hi++) {
                    for (int wi = 0; wi < m; wi++) {
                        int y0 = (hb * m + hi) * p;
                        int x0 = (wb * m + wi) * p;
                        for (int c = 0; c < 3; c++) {
                            // A still image is its own copy in every temporal slot.
                            for (int t = 0; t < temporal; t++) {
                                for (int py = 0; py < p; py++) {
                                    int rowStart = ((c * height) + y0 + py) * width + x0;
                                    System.arraycopy(normalised, rowStart, patches, out, p);
                                    out += p;
                                }
                            }
                        }
                    }
                }
            }
        }
        long tokens = (long) hBlocks * wBlocks;
        return new PatchedImage(patches, numPatches, patchDim, 1, gridH, gridW, width, height,
                requestedResolution, tokens);
    }

    /** Channel-planar (C, H, W) floats: (v/255 − mean)/std, computed in double, then cast to float. */
    private float[] normalise(RgbImage image) {
        int width = image.width();
        int height = image.height();
        float[] mean = config.mean();
        float[] std = config.std();
        float[] planes = new float[3 * width * height];
        byte[] rgb = image.rgb();
        int pixels = width * height;
        for (int i = 0; i < pixels; i++) {
            for (int c = 0; c < 3; c++) {
                double scaled = (rgb[i * 3 + c] & 0xFF) / 255.0;
                planes[c * pixels + i] = (float) ((scaled - mean[c]) / std[c]);
            }
        }
        return planes;
    }
}

package dev.ltl.vlm.domain.qwen;

import java.util.Arrays;

/**
 * The numbers a Qwen-VL image processor needs: ViT patch side, spatial merge (patches per side merged
 * into one LLM token), temporal patch (frames per patch; a still image is duplicated to fill it), the
 * pixel-count bounds of {@link SmartResize}, and the per-channel normalisation.
 *
 * @param patchSize         ViT patch side in pixels
 * @param mergeSize         patches per side merged into one vision token
 * @param temporalPatchSize frames per temporal patch
 * @param minPixels         smart-resize lower bound on H·W
 * @param maxPixels         smart-resize upper bound on H·W
 * @param mean              per-channel mean (R, G, B) applied after scaling to [0, 1]
 * @param std               per-channel standard deviation (R, G, B)
 */
public record QwenVisionConfig(int patchSize, int mergeSize, int temporalPatchSize, long minPixels, long maxPixels,
                               float[] mean, float[] std) {

    public QwenVisionConfig {
        if (patchSize <= 0 || mergeSize <= 0 || temporalPatchSize <= 0) {
            throw new IllegalArgumentException("patch, merge and temporal sizes must be positive");
        }
        if (minPixels <= 0 || maxPixels < minPixels) {
            throw new IllegalArgumentException("need 0 < minPixels <= maxPixels, got " + minPixels + ", " + maxPixels);
        }
        if (mean == null || std == null || mean.length != 3 || std.length != 3) {
            throw new IllegalArgumentException("mean and std need one value per RGB channel");
        }
        for (float s : std) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("std must be positive, got " + Arrays.toString(std));
            }
        }
        mean = mean.clone();
        std = std.clone();
    }

    /**
     * Qwen2-VL / Qwen2.5-VL as published in {@code Qwen/Qwen2-VL-2B-Instruct/preprocessor_config.json}:
     * patch 14, merge 2, temporal 2, OpenAI CLIP mean/std, {@code min_pixels} 3136 (56², 4 tokens) and
     * {@code max_pixels} 12 845 056 (16 384 tokens of 28²). That file is what {@code AutoProcessor.from_pretrained}
     * loads, so it is what the reference QA runs used. Note: the smart_resize function's own default and the
     * Qwen README's suggested cap is 28·28·1280 = 1 003 520; use {@link #withPixelBounds} for it.
     */
    public static QwenVisionConfig qwen2vl() {
        return new QwenVisionConfig(14, 2, 2, 56L * 56, 12_845_056L,
                new float[] {0.48145466f, 0.4578275f, 0.40821073f},
                new float[] {0.26862954f, 0.26130258f, 0.27577711f});
    }

    /**
     * Qwen3-VL as in vovnet.md §1.1/§2.3 ([HF], the published Qwen3-VL preprocessor config): patch 16, merge 2,
     * temporal 2, {@code shortest_edge} 65 536 and {@code longest_edge} 16 777 216 pixels, mean = std = 0.5.
     */
    public static QwenVisionConfig qwen3vl() {
        return new QwenVisionConfig(16, 2, 2, 65_536L, 16_777_216L,
                new float[] {0.5f, 0.5f, 0.5f}, new float[] {0.5f, 0.5f, 0.5f});
    }

    /** The same processor with other smart-resize pixel bounds (the processor's min/max_pixels kwargs). */
    public QwenVisionConfig withPixelBounds(long newMinPixels, long newMaxPixels) {
        return new QwenVisionConfig(patchSize, mergeSize, temporalPatchSize, newMinPixels, newMaxPixels, mean, std);
    }

    /** Side of one merged vision token in pixels: resized sides are multiples of it. */
    public int factor() {
        return patchSize * mergeSize;
    }

    /** Values per flattened patch: channels · temporal · patch². */
    public int patchDim() {
        return 3 * temporalPatchSize * patchSize * patchSize;
    }

    @Override
    public float[] mean() {
        return mean.clone();
    }

    @Override
    public float[] std() {
        return std.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QwenVisionConfig c && patchSize == c.patchSize && mergeSize == c.mergeSize
                && temporalPatchSize == c.temporalPatchSize && minPixels == c.minPixels && maxPixels == c.maxPixels
                && Arrays.equals(mean, c.mean) && Arrays.equals(std, c.std);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(patchSize, mergeSize, temporalPatchSize, minPixels, maxPixels)
                + 7 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return "QwenVisionConfig[patch=" + patchSize + ", merge=" + mergeSize + ", temporal=" + temporalPatchSize
                + ", pixels=" + minPixels + ".." + maxPixels + ", mean=" + Arrays.toString(mean)
                + ", std=" + Arrays.toString(std) + "]";
    }
}

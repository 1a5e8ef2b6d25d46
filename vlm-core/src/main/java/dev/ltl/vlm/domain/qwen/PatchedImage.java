package dev.ltl.vlm.domain.qwen;

/**
 * One image ready for a Qwen-VL vision encoder: the flattened patches ({@code pixel_values}) and the grid
 * ({@code image_grid_thw}), plus the sizes and token cost the accounting reports.
 *
 * @param patches             row-major [numPatches][patchDim] in Qwen's patch order
 * @param numPatches          gridT · gridH · gridW
 * @param patchDim            3 · temporalPatch · patch²
 * @param gridT               temporal patches (1 for a still image)
 * @param gridH               patch rows = resizedHeight / patch
 * @param gridW               patch columns = resizedWidth / patch
 * @param resizedWidth        width the encoder saw (after smart-resize)
 * @param resizedHeight       height the encoder saw
 * @param requestedResolution requested square side, 0 when a pixel budget was requested
 * @param visionTokens        LLM tokens of this image: gridT · (gridH / merge) · (gridW / merge)
 */
public record PatchedImage(float[] patches, int numPatches, int patchDim, int gridT, int gridH, int gridW,
                           int resizedWidth, int resizedHeight, int requestedResolution, long visionTokens) {

    public PatchedImage {
        if ((long) numPatches * patchDim != patches.length) {
            throw new IllegalArgumentException("patches hold " + patches.length + " values, expected "
                    + numPatches + "x" + patchDim);
        }
        if ((long) gridT * gridH * gridW != numPatches) {
            throw new IllegalArgumentException("grid " + gridT + "x" + gridH + "x" + gridW
                    + " does not match " + numPatches + " patches");
        }
    }

    /** {@code image_grid_thw} as the vision encoder and {@link MropePositions} take it. */
    public int[] gridThw() {
        return new int[] {gridT, gridH, gridW};
    }
}

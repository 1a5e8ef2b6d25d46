package dev.ltl.vlm.domain;

/**
 * Vision-token cost of one image at resolution r: the {@code patch_grid} rule of model.yaml,
 * tokens = (r / patch)² (ltl-ave-reference §1.4: 49, 196, 784 for r = 112, 224, 448 at P = 16).
 * The class token is not counted, as in the reference budget.
 */
public record TokenRule(int patchSize) {

    /** The reference's Stage-2 rule: P = 16 whatever the backbone (§1.4). */
    public static final TokenRule REFERENCE = new TokenRule(16);

    public TokenRule {
        if (patchSize < 1) {
            throw new IllegalArgumentException("patch_size must be >= 1, got " + patchSize);
        }
    }

    /** Whether r is a whole number of patches (the only resolutions the rule prices). */
    public boolean accepts(int resolution) {
        return resolution >= patchSize && resolution % patchSize == 0;
    }

    /**
     * Tokens of one r×r image.
     *
     * @throws IllegalArgumentException when r is not a positive multiple of the patch size
     */
    public long tokens(int resolution) {
        if (!accepts(resolution)) {
            throw new IllegalArgumentException("resolution " + resolution + " is not a positive multiple of the patch size "
                    + patchSize);
        }
        long grid = resolution / patchSize;
        return grid * grid;
    }
}

package dev.ltl.planner.domain.budget;

/** Vision tokens of one square frame: tok(r) = (r/P)² for a ViT with patch size P. */
public final class TokenCost {
    private TokenCost() {
    }

    /** @throws IllegalArgumentException when r is not a positive multiple of P */
    public static long of(int resolution, int patchSize) {
        if (patchSize <= 0 || resolution <= 0 || resolution % patchSize != 0) {
            throw new IllegalArgumentException("resolution " + resolution
                    + " is not a positive multiple of patch size " + patchSize);
        }
        long side = resolution / patchSize;
        return side * side;
    }

    public static long total(int[] resolutions, int patchSize) {
        long sum = 0;
        for (int r : resolutions) {
            sum += of(r, patchSize);
        }
        return sum;
    }
}

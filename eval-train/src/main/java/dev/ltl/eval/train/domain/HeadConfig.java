package dev.ltl.eval.train.domain;

/**
 * Shape of a head: kind, hidden width H, dropout probability p and (temporal_conv only) kernel size K.
 *
 * <p>For {@link HeadKind#MLP} the kernel size plays no part; {@link #canonical()} drops it so that two
 * configs that train the same network share one training.
 */
public record HeadConfig(HeadKind kind, int hiddenDim, float dropout, int kernelSize) {

    /** Reference sweep default: temporal_conv, H = 128, p = 0, K = 3 (spec §4.3). */
    public static HeadConfig sweepDefault() {
        return new HeadConfig(HeadKind.TEMPORAL_CONV, 128, 0f, 3);
    }

    /** Library default: mlp with H = 128 and no dropout (spec §4.3). */
    public static HeadConfig libraryDefault() {
        return new HeadConfig(HeadKind.MLP, 128, 0f, 3);
    }

    public HeadConfig {
        if (kind == null) {
            throw new IllegalArgumentException("head kind is required");
        }
        if (hiddenDim <= 0) {
            throw new IllegalArgumentException("hidden dim must be positive, got " + hiddenDim);
        }
        if (!(dropout >= 0f && dropout < 1f)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (kind == HeadKind.TEMPORAL_CONV && (kernelSize <= 0 || kernelSize % 2 == 0)) {
            // Spec §4.3: K must be odd (the reference asserts it; 'same' padding ⌊K/2⌋ needs it).
            throw new IllegalArgumentException("temporal_conv kernel size must be odd and positive, got " + kernelSize);
        }
    }

    /** The same config with the fields that do not affect training normalised (mlp ignores K). */
    public HeadConfig canonical() {
        return kind == HeadKind.MLP ? new HeadConfig(kind, hiddenDim, dropout, 0) : this;
    }
}

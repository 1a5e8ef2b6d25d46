package dev.ltl.vlm.domain;

/** Memory order of one image tensor handed to the network. */
public enum TensorLayout {
    /** Channels first: [N, 3, H, W] (PyTorch exports). */
    NCHW,
    /** Channels last: [N, H, W, 3] (TensorFlow exports). */
    NHWC;

    /** Shape of a batch of {@code n} images of height×width. */
    public long[] batchShape(int n, int height, int width) {
        return this == NCHW ? new long[]{n, 3, height, width} : new long[]{n, height, width, 3};
    }
}

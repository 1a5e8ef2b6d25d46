package dev.ltl.vlm.domain;

/**
 * One image at one requested resolution, ready for the network.
 *
 * @param resolution requested side r
 * @param fedSize    side actually fed (r for dynamic-size backbones, the input size otherwise)
 * @param mode       how the image reached {@code fedSize}
 * @param tokens     vision tokens at r by the model's token rule
 * @param tensor     normalised pixels of one image in the model's layout (3·fedSize² floats)
 */
public record PreparedImage(int resolution, int fedSize, ResizeMode mode, long tokens, float[] tensor) {
    public PreparedImage {
        if (tensor.length != 3 * fedSize * fedSize) {
            throw new IllegalArgumentException("tensor holds " + tensor.length + " floats, expected 3*" + fedSize + "^2");
        }
    }
}

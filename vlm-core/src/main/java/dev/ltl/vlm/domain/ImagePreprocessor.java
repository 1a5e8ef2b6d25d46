package dev.ltl.vlm.domain;

import dev.ltl.common.image.PillowResize;
import dev.ltl.common.media.RgbImage;

/**
 * Turns a decoded RGB frame into the input tensor of a backbone at resolution r, following
 * ltl-ave-reference §6: a <b>direct</b> Pillow-BICUBIC resize to r×r (no aspect preservation, no
 * centre crop: non-square frames are squashed), 8-bit values, then scale and mean/std normalisation.
 * A fixed-size backbone then gets a second Pillow-BICUBIC resize from r×r to its input size, so the
 * detail it sees is limited by r (the "resize to r, then to the model's input size").
 * Thread-safe.
 */
public final class ImagePreprocessor {
    private final PreprocessingSpec spec;
    private final TokenRule tokens;

    public ImagePreprocessor(PreprocessingSpec spec, TokenRule tokens) {
        this.spec = spec;
        this.tokens = tokens;
    }

    /**
     * Prepares {@code image} at resolution r.
     *
     * @throws IllegalArgumentException when r is not a multiple of the token rule's patch size
     */
    public PreparedImage prepare(RgbImage image, int resolution) {
        long cost = tokens.tokens(resolution);
        RgbImage atR = resizeTo(image, resolution);
        int fed = spec.fedSize(resolution);
        RgbImage fedImage = resizeTo(atR, fed);
        return new PreparedImage(resolution, fed, spec.mode(), cost, toTensor(fedImage));
    }

    /** Normalised floats of an 8-bit RGB image in the configured layout. */
    float[] toTensor(RgbImage image) {
        int width = image.width();
        int height = image.height();
        int plane = width * height;
        float scale = spec.scale();
        float[] mean = spec.mean();
        float[] std = spec.std();
        byte[] rgb = image.rgb();
        float[] out = new float[3 * plane];
        boolean channelsFirst = spec.layout() == TensorLayout.NCHW;
        for (int p = 0; p < plane; p++) {
            for (int c = 0; c < 3; c++) {
                float value = ((rgb[p * 3 + c] & 0xFF) / scale - mean[c]) / std[c];
                out[channelsFirst ? c * plane + p : p * 3 + c] = value;
            }
        }
        return out;
    }

    private static RgbImage resizeTo(RgbImage image, int side) {
        if (image.width() == side && image.height() == side) {
            return image;
        }
        return PillowResize.resize(image, side, side);
    }
}

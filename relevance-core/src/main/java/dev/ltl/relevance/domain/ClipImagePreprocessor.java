package dev.ltl.relevance.domain;

import dev.ltl.common.image.PillowResize;
import dev.ltl.common.media.RgbImage;

/**
 * CLIP's image input as the reference builds it: the frame squashed (aspect ratio not kept) to
 * size × size with Pillow's bicubic resize, scaled to [0, 1], then normalised per channel with CLIP's
 * mean and std, laid out CHW.
 *
 * @param size image side in pixels (224 for ViT-B/32)
 * @param mean per-channel mean (RGB)
 * @param std  per-channel std (RGB)
 */
public record ClipImagePreprocessor(int size, float[] mean, float[] std) {
    /** OpenAI CLIP's normalisation constants. */
    public static final float[] CLIP_MEAN = {0.48145466f, 0.4578275f, 0.40821073f};
    public static final float[] CLIP_STD = {0.26862954f, 0.26130258f, 0.27577711f};

    public ClipImagePreprocessor {
        if (size <= 0 || mean.length != 3 || std.length != 3) {
            throw new IllegalArgumentException("need a positive size and 3 means and stds");
        }
        mean = mean.clone();
        std = std.clone();
    }


    /** Writes the CHW tensor of {@code image} into {@code out} at {@code offset} (3·size² floats). */
    public void writeChw(RgbImage image, float[] out, int offset) {
        RgbImage square = image.width() == size && image.height() == size ? image
                : PillowResize.resize(image, size, size);
        int plane = size * size;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                for (int c = 0; c < 3; c++) {
                    float v = square.at(x, y, c) / 255f;
                    out[offset + c * plane + y * size + x] = (v - mean[c]) / std[c];
                }
            }
        }
    }

    /** Floats per image: 3 · size². */
    public int floatsPerImage() {
        return 3 * size * size;
    }
}

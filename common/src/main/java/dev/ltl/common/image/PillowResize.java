package dev.ltl.common.image;

import dev.ltl.common.media.RgbImage;

/**
 * Pillow-compatible {@code Image.resize(size, BICUBIC)} for 8-bit images, so that scores and
 * embeddings computed here match the Python reference pixel for pixel.
 *
 * <p>What Pillow does and this class reproduces: a separable cubic convolution kernel (a = −0.5,
 * support 2) whose support is stretched by the downscale factor (antialiasing); per output pixel
 * the taps are normalised to sum 1 in double, then turned into 22-bit fixed-point integers; the
 * horizontal pass runs first and its result is rounded and clamped to 8 bits before the vertical
 * pass. A pass whose axis keeps its size is skipped, as in Pillow. No reducing_gap pre-reduction
 * is applied (Pillow's default).
 */
public final class PillowResize {

    private PillowResize() {
    }

    /**
     * Resizes one 8-bit channel stored row-major ({@code plane[y * width + x]}).
     *
     * @return a new plane of outWidth × outHeight bytes
     */
    public static byte[] resizePlane(byte[] plane, int width, int height, int outWidth, int outHeight) {
        if (plane == null) {
            throw new IllegalArgumentException("plane must not be null");
        }
        requireSize(width, height, "width/height");
        requireSize(outWidth, outHeight, "outWidth/outHeight");
        if (plane.length != width * height) {
            throw new IllegalArgumentException(
                    "plane holds " + plane.length + " bytes, expected width*height = " + (width * height));
        }
        return resizeInterleaved(plane, width, height, 1, outWidth, outHeight);
    }

    /** Resizes an RGB image channel by channel, exactly as Pillow resizes a mode "RGB" image. */
    public static RgbImage resize(RgbImage image, int outWidth, int outHeight) {
        if (image == null) {
            throw new IllegalArgumentException("image must not be null");
        }
        requireSize(outWidth, outHeight, "outWidth/outHeight");
        byte[] rgb = resizeInterleaved(image.rgb(), image.width(), image.height(), 3, outWidth, outHeight);
        return new RgbImage(outWidth, outHeight, rgb);
    }

    private static byte[] resizeInterleaved(byte[] pixels, int width, int height, int channels,
                                            int outWidth, int outHeight) {
        byte[] current = pixels;
        int currentWidth = width;
        if (outWidth != width) {
            PillowKernel horizontal = PillowKernel.bicubic(width, outWidth);
            current = horizontalPass(current, width, height, channels, horizontal);
            currentWidth = outWidth;
        }
        if (outHeight != height) {
            PillowKernel vertical = PillowKernel.bicubic(height, outHeight);
            current = verticalPass(current, currentWidth, channels, vertical);
        }
        return current == pixels ? pixels.clone() : current;
    }

    private static byte[] horizontalPass(byte[] in, int width, int height, int channels, PillowKernel kernel) {
        int outWidth = kernel.outSize();
        byte[] out = new byte[outWidth * height * channels];
        for (int y = 0; y < height; y++) {
            int rowIn = y * width * channels;
            int rowOut = y * outWidth * channels;
            for (int xx = 0; xx < outWidth; xx++) {
                int first = kernel.first(xx);
                int taps = kernel.taps(xx);
                for (int c = 0; c < channels; c++) {
                    int acc = PillowKernel.ROUNDING;
                    for (int k = 0; k < taps; k++) {
                        acc += (in[rowIn + (first + k) * channels + c] & 0xFF) * kernel.weight(xx, k);
                    }
                    out[rowOut + xx * channels + c] = PillowKernel.clip8(acc);
                }
            }
        }
        return out;
    }

    private static byte[] verticalPass(byte[] in, int width, int channels, PillowKernel kernel) {
        int outHeight = kernel.outSize();
        int rowLength = width * channels;
        byte[] out = new byte[outHeight * rowLength];
        for (int yy = 0; yy < outHeight; yy++) {
            int first = kernel.first(yy);
            int taps = kernel.taps(yy);
            for (int i = 0; i < rowLength; i++) {
                int acc = PillowKernel.ROUNDING;
                for (int k = 0; k < taps; k++) {
                    acc += (in[(first + k) * rowLength + i] & 0xFF) * kernel.weight(yy, k);
                }
                out[yy * rowLength + i] = PillowKernel.clip8(acc);
            }
        }
        return out;
    }

    private static void requireSize(int width, int height, String name) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + width + "x" + height);
        }
    }
}

package dev.ltl.common.media;

/**
 * A decoded frame as packed 8-bit RGB, row-major: pixel (x, y) channel c lives at
 * {@code rgb[(y * width + x) * 3 + c]}. Plain data so domain code can use it without
 * depending on JavaCV or AWT.
 */
public record RgbImage(int width, int height, byte[] rgb) {
    public RgbImage {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        }
        if (rgb.length != width * height * 3) {
            throw new IllegalArgumentException("rgb buffer holds " + rgb.length + " bytes, expected " + (width * height * 3));
        }
    }

    /** Channel value 0..255 at (x, y). */
    public int at(int x, int y, int channel) {
        return rgb[(y * width + x) * 3 + channel] & 0xFF;
    }
}

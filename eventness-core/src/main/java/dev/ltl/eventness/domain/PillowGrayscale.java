package dev.ltl.eventness.domain;

import dev.ltl.common.media.RgbImage;

/**
 * Pillow's {@code convert("L")} for RGB: ITU-R 601-2 luma L = 0.299 R + 0.587 G + 0.114 B.
 *
 * <p>Pillow evaluates it in 16-bit fixed point (Convert.c, macro L24): weights 19595, 38470 and
 * 7471 (= round(0.299·2¹⁶) …, summing to 2¹⁶), plus 2¹⁵, shifted right by 16. That is
 * R·299/1000 + G·587/1000 + B·114/1000 rounded half up, and it keeps a grey pixel's level
 * unchanged; plain float rounding would be off by one on some pixels.
 */
public final class PillowGrayscale {

    private static final int WEIGHT_R = 19595;
    private static final int WEIGHT_G = 38470;
    private static final int WEIGHT_B = 7471;
    private static final int HALF = 0x8000;

    private PillowGrayscale() {
    }

    /** The luma plane, row-major, one byte per pixel. */
    public static byte[] toLuma(RgbImage image) {
        if (image == null) {
            throw new IllegalArgumentException("image must not be null");
        }
        byte[] rgb = image.rgb();
        byte[] luma = new byte[image.width() * image.height()];
        for (int p = 0, i = 0; p < luma.length; p++, i += 3) {
            luma[p] = luma(rgb[i] & 0xFF, rgb[i + 1] & 0xFF, rgb[i + 2] & 0xFF);
        }
        return luma;
    }

    /** Luma of one pixel with channel values 0..255. */
    static byte luma(int r, int g, int b) {
        return (byte) ((r * WEIGHT_R + g * WEIGHT_G + b * WEIGHT_B + HALF) >> 16);
    }
}

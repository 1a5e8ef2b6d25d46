package dev.ltl.eval.simulate;

import dev.ltl.common.media.RgbImage;

/**
 * Renders the frame of one second of a simulated clip: background, drifting blobs, and in event seconds the light
 * card with the striped patch on it. Pure and deterministic.
 */
public final class SceneRenderer {

    private static final int CARD_RGB = 0xF5F5F5;

    private SceneRenderer() {
    }

    /** The frame shown throughout second {@code t} (0..9). */
    public static RgbImage frame(SimulatedClip clip, int t, SceneStyle style) {
        int size = style.frameSize();
        byte[] rgb = new byte[size * size * 3];
        ClipScene scene = clip.scene();
        fill(rgb, scene.backgroundRgb());
        for (ClipScene.Blob blob : scene.blobs()) {
            drawDisc(rgb, size, blob.cx() + blob.vx() * t, blob.cy() + blob.vy() * t, blob.radius(), blob.rgb());
        }
        if (clip.isEventSecond(t)) {
            drawPatch(rgb, size, scene.patchX()[t], scene.patchY()[t], style, clip.signature(), scene);
        }
        return new RgbImage(size, size, rgb);
    }

    /**
     * The patch's colour at pixel (px, py) relative to its top-left corner, as 0xRRGGBB: a light or a dark stripe.
     * Stripes run along {@code orientationDeg}; the phase is measured from the patch centre so every class's
     * pattern is centred.
     */
    static int patchColour(int px, int py, SceneStyle style, ClassSignature signature, ClipScene scene) {
        double theta = Math.toRadians(signature.orientationDeg());
        double dx = px + 0.5 - style.patchPx() / 2.0;
        double dy = py + 0.5 - style.patchPx() / 2.0;
        // Distance across the stripes: along the normal of a stripe running at theta.
        double across = -dx * Math.sin(theta) + dy * Math.cos(theta);
        long half = (long) Math.floor(across / (signature.periodPx() / 2));
        return Math.floorMod(half, 2) == 0 ? scene.stripeLightRgb() : scene.stripeDarkRgb();
    }

    /** Draws the card (if any) and the patch; (x0, y0) is the patch's top-left corner. */
    private static void drawPatch(byte[] rgb, int size, int x0, int y0, SceneStyle style, ClassSignature signature,
                                  ClipScene scene) {
        int n = style.patchPx();
        if (style.cardPx() > 0) {
            int c0x = x0 + n / 2 - style.cardPx() / 2;
            int c0y = y0 + n / 2 - style.cardPx() / 2;
            for (int y = 0; y < style.cardPx(); y++) {
                for (int x = 0; x < style.cardPx(); x++) {
                    put(rgb, size, c0x + x, c0y + y, CARD_RGB);
                }
            }
        }
        for (int py = 0; py < n; py++) {
            for (int px = 0; px < n; px++) {
                put(rgb, size, x0 + px, y0 + py, patchColour(px, py, style, signature, scene));
            }
        }
    }

    private static void drawDisc(byte[] rgb, int size, double cx, double cy, double r, int colour) {
        int x0 = (int) Math.max(0, Math.floor(cx - r));
        int x1 = (int) Math.min(size - 1, Math.ceil(cx + r));
        int y0 = (int) Math.max(0, Math.floor(cy - r));
        int y1 = (int) Math.min(size - 1, Math.ceil(cy + r));
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double dx = x + 0.5 - cx;
                double dy = y + 0.5 - cy;
                if (dx * dx + dy * dy <= r * r) {
                    put(rgb, size, x, y, colour);
                }
            }
        }
    }

    private static void fill(byte[] rgb, int colour) {
        for (int p = 0; p < rgb.length; p += 3) {
            rgb[p] = (byte) (colour >>> 16);
            rgb[p + 1] = (byte) (colour >>> 8);
            rgb[p + 2] = (byte) colour;
        }
    }

    private static void put(byte[] rgb, int size, int x, int y, int colour) {
        if (x < 0 || y < 0 || x >= size || y >= size) {
            return;
        }
        int p = (y * size + x) * 3;
        rgb[p] = (byte) (colour >>> 16);
        rgb[p + 1] = (byte) (colour >>> 8);
        rgb[p + 2] = (byte) colour;
    }
}

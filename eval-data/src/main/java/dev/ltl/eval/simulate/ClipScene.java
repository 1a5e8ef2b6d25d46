package dev.ltl.eval.simulate;

import java.util.List;

/**
 * The visual content of one simulated clip: a background colour, drifting blobs, and the patch's place in every
 * second (it jitters a little, as a filmed object would) and its stripe colours.
 *
 * @param backgroundRgb   0xRRGGBB
 * @param blobs           drawn in order over the background
 * @param patchX          left edge of the patch in each of the 10 seconds
 * @param patchY          top edge of the patch in each second
 * @param stripeLightRgb  colour of the light stripes
 * @param stripeDarkRgb   colour of the dark stripes
 */
public record ClipScene(int backgroundRgb, List<Blob> blobs, int[] patchX, int[] patchY, int stripeLightRgb,
                        int stripeDarkRgb) {

    public ClipScene {
        blobs = List.copyOf(blobs);
        patchX = patchX.clone();
        patchY = patchY.clone();
    }

    /** A filled circle that drifts by (vx, vy) pixels per second. */
    public record Blob(double cx, double cy, double radius, double vx, double vy, int rgb) {
    }

    @Override
    public int[] patchX() {
        return patchX.clone();
    }

    @Override
    public int[] patchY() {
        return patchY.clone();
    }
}

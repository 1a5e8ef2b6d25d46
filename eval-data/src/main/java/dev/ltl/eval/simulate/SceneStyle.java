package dev.ltl.eval.simulate;

/**
 * How simulated frames look: a square frame of coloured blobs, and during event seconds one striped patch whose
 * stripe orientation and period encode the class (see {@link ClassSignature}). The patch lies on a light card
 * {@code cardPx} wide: the card makes "some event is visible" detectable at low resolution, as a filmed object is,
 * while the class stays in the stripes, which only high resolution resolves.
 *
 * @param frameSize    frame width and height in pixels (448 in the measured recipe), even
 * @param patchPx      side of the striped patch in pixels (~40)
 * @param cardPx       side of the light card centred behind the patch, ≥ patchPx; 0 for no card
 * @param minBlobs     fewest background blobs per clip
 * @param maxBlobs     most background blobs per clip
 * @param basePeriodPx stripe period of the first class group in pixels (one light and one dark stripe)
 * @param fps          encoded frame rate; 2 is enough because frames are sampled at t + 0.5 s
 * @param videoQscale  MPEG-4 quantiser (1 best .. 31 worst); low values keep the stripes intact
 */
public record SceneStyle(int frameSize, int patchPx, int cardPx, int minBlobs, int maxBlobs, int basePeriodPx,
                         int fps, int videoQscale) {

    public SceneStyle {
        if (frameSize < 64 || frameSize > 1080 || frameSize % 2 != 0) {
            throw new IllegalArgumentException("frameSize must be even and in [64, 1080], got " + frameSize);
        }
        if (patchPx < 8 || patchPx > frameSize / 2) {
            throw new IllegalArgumentException("patchPx must be in [8, frameSize/2], got " + patchPx);
        }
        if (cardPx != 0 && (cardPx < patchPx || cardPx > frameSize / 2)) {
            throw new IllegalArgumentException("cardPx must be 0 or in [patchPx, frameSize/2], got " + cardPx);
        }
        if (minBlobs < 0 || maxBlobs < minBlobs) {
            throw new IllegalArgumentException("need 0 <= minBlobs <= maxBlobs, got " + minBlobs + ".." + maxBlobs);
        }
        if (basePeriodPx < 2) {
            throw new IllegalArgumentException("basePeriodPx must be >= 2, got " + basePeriodPx);
        }
        if (fps < 1 || fps > 30) {
            throw new IllegalArgumentException("fps must be in [1, 30], got " + fps);
        }
        if (videoQscale < 1 || videoQscale > 31) {
            throw new IllegalArgumentException("videoQscale must be in [1, 31], got " + videoQscale);
        }
    }

    /**
     * After the recipe measured in shared/models/README.md: 448 px frames, 6–12 blobs, a 40 px patch with 6 px
     * stripes on a 72 px card, 2 fps, quantiser 2.
     */
    public static SceneStyle defaults() {
        return new SceneStyle(448, 40, 72, 6, 12, 6, 2, 2);
    }

    /** The larger of the card and the patch: the area an event occupies. */
    public int eventAreaPx() {
        return Math.max(cardPx, patchPx);
    }
}

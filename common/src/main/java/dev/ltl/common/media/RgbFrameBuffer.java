package dev.ltl.common.media;

import java.nio.ByteBuffer;
import org.bytedeco.javacv.Frame;

/**
 * A reusable copy of the most recent decoded RGB24 frame. The grabber overwrites its own buffer on every
 * grab, so the latest frame is copied here (no allocation per frame) and only turned into an
 * {@link RgbImage} (one allocation) when a second actually keeps it.
 */
final class RgbFrameBuffer {

    private byte[] rgb;
    private int width;
    private int height;

    /** Copies the packed pixels of an RGB24 frame, dropping any row padding. */
    void copyFrom(Frame frame) {
        if (frame.imageChannels != 3 || frame.imageDepth != Frame.DEPTH_UBYTE) {
            throw new IllegalStateException("expected an 8-bit 3-channel frame, got " + frame.imageChannels
                    + " channels at depth " + frame.imageDepth);
        }
        width = frame.imageWidth;
        height = frame.imageHeight;
        int rowBytes = width * 3;
        if (rgb == null || rgb.length != rowBytes * height) {
            rgb = new byte[rowBytes * height];
        }
        ByteBuffer source = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        for (int y = 0; y < height; y++) {
            source.get(y * stride, rgb, y * rowBytes, rowBytes);
        }
    }

    /** An independent image of the last copied frame, or null if none was copied. */
    RgbImage snapshot() {
        return rgb == null ? null : new RgbImage(width, height, rgb.clone());
    }
}

package dev.ltl.common.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes an encoded still image (JPEG, PNG, or any other format the JDK's ImageIO reads) into packed RGB.
 * Works headless. Alpha is dropped and grey or palette images are expanded to RGB. Thread-safe.
 */
public final class ImageDecoder {

    /** Refuse images over 50 megapixels before decoding them, so one request cannot exhaust the heap. */
    public static final long MAX_PIXELS = 50_000_000L;

    private static final String DEFAULT_FIELD = "image";

    private ImageDecoder() {
    }

    /** Decodes {@code data}; errors name the field {@code "image"}. */
    public static RgbImage decode(byte[] data) throws MediaDecodeException {
        return decode(data, DEFAULT_FIELD);
    }

    /** Decodes {@code data}; errors name {@code field} (e.g. {@code "frames[3]"}). */
    public static RgbImage decode(byte[] data, String field) throws MediaDecodeException {
        if (data == null || data.length == 0) {
            throw new MediaDecodeException(field, "image data is empty");
        }
        // A memory-cached stream: ImageIO's default cache would spill request bytes to temp files.
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new MediaDecodeException(field,
                        "image data is not in a recognised format (expected JPEG or PNG)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                checkSize(reader.getWidth(0), reader.getHeight(0), field);
                return toRgb(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // ImageIO reports corrupt data through IOException and, for some codecs, runtime exceptions.
            throw new MediaDecodeException(field, "cannot decode image: " + describe(e), e);
        }
    }

    private static void checkSize(int width, int height, String field) throws MediaDecodeException {
        if (width <= 0 || height <= 0) {
            throw new MediaDecodeException(field, "image has no pixels (" + width + "x" + height + ")");
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new MediaDecodeException(field, "image is " + width + "x" + height + ", over the limit of "
                    + MAX_PIXELS + " pixels");
        }
    }

    private static RgbImage toRgb(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] rgb = new byte[width * height * 3];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            // getRGB converts any colour model (grey, palette, 16-bit) to sRGB ARGB.
            image.getRGB(0, y, width, 1, row, 0, width);
            int offset = y * width * 3;
            for (int x = 0; x < width; x++) {
                int argb = row[x];
                rgb[offset++] = (byte) (argb >>> 16);
                rgb[offset++] = (byte) (argb >>> 8);
                rgb[offset++] = (byte) argb;
            }
        }
        return new RgbImage(width, height, rgb);
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

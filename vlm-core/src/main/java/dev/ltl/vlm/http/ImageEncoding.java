package dev.ltl.vlm.http;

import dev.ltl.common.image.PillowResize;
import dev.ltl.common.media.RgbImage;
import dev.ltl.vlm.domain.answer.ImageSize;
import dev.ltl.vlm.domain.qwen.SmartResize;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * Prepares a question's image for an HTTP backend: the request's size rule applied here (the server then
 * applies its model's own resize rule, which we cannot see), then PNG/JPEG inside a {@code data:} URL.
 */
final class ImageEncoding {
    private ImageEncoding() {
    }

    /**
     * Square r → bicubic r×r; pixel budget P → keep the aspect ratio, scale by min(1, sqrt(P / (w·h))) with
     * each side floored (at least 1), never upscaling — the rule the ONNX runner's processor applies ({@link SmartResize#preResize}).
     */
    static RgbImage resize(RgbImage image, ImageSize size) {
        int[] wh = size.resolution() > 0
                ? new int[]{size.resolution(), size.resolution()}
                : SmartResize.preResize(image.width(), image.height(), Integer.MAX_VALUE, size.maxPixels());
        return wh[0] == image.width() && wh[1] == image.height() ? image : PillowResize.resize(image, wh[0], wh[1]);
    }

    /** {@code data:image/png;base64,...} (or JPEG) of the image. */
    static String dataUrl(RgbImage image, OpenAiBackendConfig.ImageFormat format) {
        return "data:" + format.mimeType() + ";base64," + Base64.getEncoder().encodeToString(encode(image, format));
    }

    static byte[] encode(RgbImage image, OpenAiBackendConfig.ImageFormat format) {
        BufferedImage buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        byte[] rgb = image.rgb();
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int i = (y * image.width() + x) * 3;
                buffered.setRGB(x, y, ((rgb[i] & 0xFF) << 16) | ((rgb[i + 1] & 0xFF) << 8) | (rgb[i + 2] & 0xFF));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(buffered, format.imageIoName(), out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode image as " + format, e);
        }
        return out.toByteArray();
    }
}

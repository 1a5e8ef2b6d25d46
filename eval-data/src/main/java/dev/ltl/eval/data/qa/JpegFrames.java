package dev.ltl.eval.data.qa;

import dev.ltl.common.media.RgbImage;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Writes decoded frames as baseline JPEG at a high fixed quality, so cached frames stay close to the decode. */
final class JpegFrames {

    /** ImageIO's default (0.75) visibly smears thin stripes; 0.95 keeps them at a modest size. */
    static final float QUALITY = 0.95f;

    private JpegFrames() {
    }

    static void write(RgbImage image, OutputStream out) throws IOException {
        BufferedImage buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) buffered.getRaster().getDataBuffer()).getData();
        byte[] rgb = image.rgb();
        for (int p = 0; p < rgb.length; p += 3) {
            bgr[p] = rgb[p + 2];
            bgr[p + 1] = rgb[p + 1];
            bgr[p + 2] = rgb[p];
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(buffered, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}

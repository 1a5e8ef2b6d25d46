package dev.ltl.common.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageDecoderTest {

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as("ImageIO has a %s writer", format).isTrue();
        return out.toByteArray();
    }

    /** A 4×2 RGB image with distinct pixels. */
    static BufferedImage sample() {
        BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 4; x++) {
                image.setRGB(x, y, (x * 60) << 16 | (y * 200) << 8 | (x + y) * 30);
            }
        }
        return image;
    }

    @Test
    void pngDecodesToExactPackedRgb() throws Exception {
        RgbImage decoded = ImageDecoder.decode(encode(sample(), "png"));
        assertThat(decoded.width()).isEqualTo(4);
        assertThat(decoded.height()).isEqualTo(2);
        assertThat(decoded.at(3, 1, 0)).isEqualTo(180);
        assertThat(decoded.at(3, 1, 1)).isEqualTo(200);
        assertThat(decoded.at(3, 1, 2)).isEqualTo(120);
        assertThat(decoded.at(0, 0, 0)).isZero();
    }

    @Test
    void greyPngIsExpandedToThreeEqualChannels() throws Exception {
        BufferedImage grey = new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(1, 0, 0, 255);
        RgbImage decoded = ImageDecoder.decode(encode(grey, "png"));
        assertThat(new int[] {decoded.at(1, 0, 0), decoded.at(1, 0, 1), decoded.at(1, 0, 2)}).containsOnly(255);
        assertThat(decoded.at(0, 0, 0)).isZero();
    }

    @Test
    void jpegDecodesCloseToTheOriginal() throws Exception {
        BufferedImage flat = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                flat.setRGB(x, y, 0x3080C0);
            }
        }
        RgbImage decoded = ImageDecoder.decode(encode(flat, "jpg"));
        assertThat(decoded.at(8, 8, 0)).isBetween(0x30 - 4, 0x30 + 4);
        assertThat(decoded.at(8, 8, 1)).isBetween(0x80 - 4, 0x80 + 4);
        assertThat(decoded.at(8, 8, 2)).isBetween(0xC0 - 4, 0xC0 + 4);
    }

    @Test
    void emptyOrMissingDataIsRefused() {
        assertThatThrownBy(() -> ImageDecoder.decode(new byte[0]))
                .isInstanceOf(MediaDecodeException.class).hasMessageContaining("empty")
                .extracting(e -> ((MediaDecodeException) e).field()).isEqualTo("image");
        assertThatThrownBy(() -> ImageDecoder.decode(null, "frames[2]"))
                .extracting(e -> ((MediaDecodeException) e).field()).isEqualTo("frames[2]");
    }

    @Test
    void garbageBytesAreNotARecognisedImage() {
        byte[] garbage = new byte[256];
        Arrays.fill(garbage, (byte) 0x5A);
        assertThatThrownBy(() -> ImageDecoder.decode(garbage, "frames[0]"))
                .isInstanceOf(MediaDecodeException.class).hasMessageContaining("not in a recognised format")
                .extracting(e -> ((MediaDecodeException) e).field()).isEqualTo("frames[0]");
    }

    @Test
    void truncatedPngIsACleanError() throws Exception {
        byte[] png = encode(sample(), "png");
        byte[] truncated = Arrays.copyOf(png, 40);   // signature and part of the header only
        assertThatThrownBy(() -> ImageDecoder.decode(truncated))
                .isInstanceOf(MediaDecodeException.class).hasMessageContaining("cannot decode image");
    }
}

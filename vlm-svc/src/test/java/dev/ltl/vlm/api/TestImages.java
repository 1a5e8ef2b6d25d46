package dev.ltl.vlm.api;

import com.google.protobuf.ByteString;
import dev.ltl.proto.common.v1.EncodedImage;
import dev.ltl.proto.vlm.v1.EmbedRequest;
import dev.ltl.proto.vlm.v1.Embedding;
import dev.ltl.proto.vlm.v1.ImageSource;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.util.List;
import javax.imageio.ImageIO;

/** Encoded test images and request builders shared by the API tests. */
final class TestImages {
    private TestImages() {
    }

    /** A 320×240 PNG: colour gradients plus a striped patch whose phase depends on {@code seed}. */
    static byte[] png(int seed) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 240; y++) {
            for (int x = 0; x < 320; x++) {
                boolean stripe = ((x + seed * 3) / 2) % 2 == 0 && x > 100 && x < 180 && y > 80 && y < 160;
                int r = stripe ? 250 : x * 255 / 320;
                int g = stripe ? 20 : y * 255 / 240;
                int b = (x * y + seed * 40) % 256;
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ImageSource inline(byte[] data) {
        return ImageSource.newBuilder().setImage(EncodedImage.newBuilder().setData(ByteString.copyFrom(data))).build();
    }

    static EmbedRequest request(String id, String model, List<ImageSource> images, Integer... resolutions) {
        return EmbedRequest.newBuilder().setRequestId(id).setModel(model).addAllImages(images)
                .addAllResolutions(List.of(resolutions)).build();
    }

    static float[] vector(Embedding embedding) {
        float[] values = new float[embedding.getDim()];
        embedding.getVectorF32Le().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }
}

package dev.ltl.vlm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ltl.common.image.PillowResize;
import dev.ltl.common.media.RgbImage;
import org.junit.jupiter.api.Test;

/** Direct bicubic resize to r×r, the second resize of fixed-size models, normalisation and layout. */
class ImagePreprocessorTest {
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private static PreprocessingSpec dynamic(TensorLayout layout) {
        return new PreprocessingSpec(layout, 255f, MEAN, STD, BackboneKind.DYNAMIC_SIZE, 0);
    }

    /** A non-square frame with a horizontal gradient in R, vertical in G and a checkerboard in B. */
    static RgbImage testFrame(int width, int height) {
        byte[] rgb = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = (y * width + x) * 3;
                rgb[p] = (byte) (255 * x / Math.max(1, width - 1));
                rgb[p + 1] = (byte) (255 * y / Math.max(1, height - 1));
                rgb[p + 2] = (byte) (((x / 8 + y / 8) % 2) * 255);
            }
        }
        return new RgbImage(width, height, rgb);
    }

    @Test
    void constantImageNormalisesPerChannelInChannelsFirstOrder() {
        byte[] rgb = new byte[40 * 30 * 3];
        for (int p = 0; p < 40 * 30; p++) {
            rgb[p * 3] = (byte) 255;
            rgb[p * 3 + 1] = (byte) 0;
            rgb[p * 3 + 2] = (byte) 51;
        }
        PreparedImage prepared = new ImagePreprocessor(dynamic(TensorLayout.NCHW), TokenRule.REFERENCE)
                .prepare(new RgbImage(40, 30, rgb), 32);
        float[] t = prepared.tensor();
        int plane = 32 * 32;
        assertThat(t).hasSize(3 * plane);
        // (v/255 - mean)/std: R = (1 - 0.485)/0.229, G = (0 - 0.456)/0.224, B = (0.2 - 0.406)/0.225.
        assertThat(t[0]).isCloseTo(2.2489083f, within(1e-5f));
        assertThat(t[plane - 1]).isCloseTo(2.2489083f, within(1e-5f));
        assertThat(t[plane]).isCloseTo(-2.0357143f, within(1e-5f));
        assertThat(t[2 * plane + 5]).isCloseTo(-0.9155556f, within(1e-5f));
        assertThat(prepared.tokens()).isEqualTo(4);
        assertThat(prepared.fedSize()).isEqualTo(32);
        assertThat(prepared.mode()).isEqualTo(ResizeMode.NATIVE);
    }

    @Test
    void channelsLastInterleavesTheSameValues() {
        RgbImage frame = testFrame(64, 48);
        float[] nchw = new ImagePreprocessor(dynamic(TensorLayout.NCHW), TokenRule.REFERENCE).prepare(frame, 32).tensor();
        float[] nhwc = new ImagePreprocessor(dynamic(TensorLayout.NHWC), TokenRule.REFERENCE).prepare(frame, 32).tensor();
        int plane = 32 * 32;
        for (int p = 0; p < plane; p += 37) {
            for (int c = 0; c < 3; c++) {
                assertThat(nhwc[p * 3 + c]).isEqualTo(nchw[c * plane + p]);
            }
        }
    }

    @Test
    void dynamicBackboneGetsTheDirectSquashingResizeToR() {
        RgbImage frame = testFrame(320, 180);
        ImagePreprocessor preprocessor = new ImagePreprocessor(dynamic(TensorLayout.NCHW), TokenRule.REFERENCE);
        PreparedImage prepared = preprocessor.prepare(frame, 112);
        assertThat(prepared.fedSize()).isEqualTo(112);
        assertThat(prepared.tensor()).containsExactly(preprocessor.toTensor(PillowResize.resize(frame, 112, 112)));
    }

    @Test
    void fixedBackboneResizesToRThenToItsInputSize() {
        RgbImage frame = testFrame(320, 180);
        PreprocessingSpec fixed = new PreprocessingSpec(TensorLayout.NCHW, 255f, MEAN, STD, BackboneKind.FIXED_SIZE, 224);
        ImagePreprocessor preprocessor = new ImagePreprocessor(fixed, TokenRule.REFERENCE);
        PreparedImage low = preprocessor.prepare(frame, 112);
        assertThat(low.fedSize()).isEqualTo(224);
        assertThat(low.mode()).isEqualTo(ResizeMode.RESIZED_TO_INPUT);
        assertThat(low.tokens()).isEqualTo(49);
        RgbImage twice = PillowResize.resize(PillowResize.resize(frame, 112, 112), 224, 224);
        assertThat(low.tensor()).containsExactly(preprocessor.toTensor(twice));
        PreparedImage high = preprocessor.prepare(frame, 448);
        assertThat(high.tokens()).isEqualTo(784);
        assertThat(high.tensor()).isNotEqualTo(low.tensor());
        // At r = input size there is one resize only.
        assertThat(preprocessor.prepare(frame, 224).tensor())
                .containsExactly(preprocessor.toTensor(PillowResize.resize(frame, 224, 224)));
    }

    @Test
    void resolutionOffThePatchGridIsRejected() {
        ImagePreprocessor preprocessor = new ImagePreprocessor(dynamic(TensorLayout.NCHW), TokenRule.REFERENCE);
        assertThatThrownBy(() -> preprocessor.prepare(testFrame(50, 50), 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100");
    }
}

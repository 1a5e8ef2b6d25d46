package dev.ltl.common.image;

import dev.ltl.common.media.RgbImage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hand-computed cases of Pillow's BICUBIC resize (a = −0.5, support 2 stretched by the
 * downscale factor, taps normalised to sum 1, 22-bit fixed point, 8-bit rounding per pass).
 */
class PillowResizeTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static int[] unsigned(byte[] b) {
        int[] v = new int[b.length];
        for (int i = 0; i < b.length; i++) {
            v[i] = b[i] & 0xFF;
        }
        return v;
    }

    @Test
    void twoPixelsToOneAverageWithHalfUpRounding() {
        // Scale 2 → support 4: both pixels sit at distance 0.25 (in filter units) from the
        // centre, so each weighs 1/2 = 2^21 in fixed point: out = (2^21 + (a + b)·2^21) >> 22.
        assertThat(unsigned(PillowResize.resizePlane(bytes(10, 21), 2, 1, 1, 1))).containsExactly(16);
        assertThat(unsigned(PillowResize.resizePlane(bytes(0, 255), 2, 1, 1, 1))).containsExactly(128);
        assertThat(unsigned(PillowResize.resizePlane(bytes(10, 21), 1, 2, 1, 1))).containsExactly(16);
    }

    @Test
    void fourPixelsToTwoUseTheStretchedCubicKernel() {
        // Output 0: centre 1.0, taps x = 0..3 at filter arguments −0.25, 0.25, 0.75, 1.25:
        // kernel values 111/128, 111/128, 29/128, −9/128 → normalised (111, 111, 29, −9)/242.
        // Output 1: centre 3.0 (xmin = (int) −0.5 = 0), arguments −1.25, −0.75, −0.25, 0.25 →
        // (−9, 29, 111, 111)/242.
        // [100, 200, 50, 0]: 34750/242 = 143.6 → 144 and 10450/242 = 43.2 → 43.
        assertThat(unsigned(PillowResize.resizePlane(bytes(100, 200, 50, 0), 4, 1, 2, 1))).containsExactly(144, 43);
        // Negative lobe clamps at 0: −9·255/242 < 0; 111·255/242 = 116.96 → 117.
        assertThat(unsigned(PillowResize.resizePlane(bytes(0, 0, 0, 255), 4, 1, 2, 1))).containsExactly(0, 117);
        // Overshoot clamps at 255: 251·255/242 = 264.5; output 1 is 131·255/242 = 138.04 → 138.
        assertThat(unsigned(PillowResize.resizePlane(bytes(255, 255, 255, 0), 4, 1, 2, 1))).containsExactly(255, 138);
    }

    @Test
    void theHorizontalPassIsRoundedToEightBitsBeforeTheVerticalPass() {
        // 2×2 [[0, 1], [0, 0]] → 1×1. Rows: (0 + 1 + 1) >> 1 = 1 and 0; column: (1 + 0 + 1) >> 1 = 1.
        // A single-pass filter would give round(0.25) = 0.
        assertThat(unsigned(PillowResize.resizePlane(bytes(0, 1, 0, 0), 2, 2, 1, 1))).containsExactly(1);
    }

    @Test
    void upscalingASinglePixelCopiesIt() {
        assertThat(unsigned(PillowResize.resizePlane(bytes(77), 1, 1, 3, 2))).containsOnly(77);
    }

    @Test
    void sameSizeIsACopy() {
        byte[] plane = bytes(1, 2, 3, 4, 5, 6);
        byte[] out = PillowResize.resizePlane(plane, 3, 2, 3, 2);
        assertThat(out).containsExactly(plane).isNotSameAs(plane);
    }

    @Test
    void rgbImagesAreResizedChannelByChannel() {
        int w = 7;
        int h = 5;
        byte[] rgb = new byte[w * h * 3];
        byte[][] planes = new byte[3][w * h];
        for (int p = 0; p < w * h; p++) {
            for (int c = 0; c < 3; c++) {
                int v = (p * 37 + c * 91) % 256;
                rgb[p * 3 + c] = (byte) v;
                planes[c][p] = (byte) v;
            }
        }
        RgbImage out = PillowResize.resize(new RgbImage(w, h, rgb), 3, 4);
        for (int c = 0; c < 3; c++) {
            byte[] expected = PillowResize.resizePlane(planes[c], w, h, 3, 4);
            for (int p = 0; p < 12; p++) {
                assertThat(out.rgb()[p * 3 + c]).isEqualTo(expected[p]);
            }
        }
    }

    @Test
    void badArgumentsAreRejected() {
        assertThatThrownBy(() -> PillowResize.resizePlane(null, 1, 1, 1, 1)).hasMessageContaining("plane");
        assertThatThrownBy(() -> PillowResize.resizePlane(bytes(1, 2), 3, 1, 1, 1)).hasMessageContaining("plane");
        assertThatThrownBy(() -> PillowResize.resizePlane(bytes(1), 1, 1, 0, 1)).hasMessageContaining("outWidth");
        assertThatThrownBy(() -> PillowResize.resize(null, 1, 1)).hasMessageContaining("image");
    }
}

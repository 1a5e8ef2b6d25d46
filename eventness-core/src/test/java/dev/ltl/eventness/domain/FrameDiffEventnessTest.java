package dev.ltl.eventness.domain;

import dev.ltl.common.media.RgbImage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FrameDiffEventnessTest {

    private static RgbImage solid(int width, int height, int r, int g, int b) {
        byte[] rgb = new byte[width * height * 3];
        for (int p = 0; p < width * height; p++) {
            rgb[p * 3] = (byte) r;
            rgb[p * 3 + 1] = (byte) g;
            rgb[p * 3 + 2] = (byte) b;
        }
        return new RgbImage(width, height, rgb);
    }

    private static RgbImage gray(int level) {
        return solid(64, 48, level, level, level);
    }

    @Test
    void constantFramesScoreZero() {
        List<RgbImage> frames = Collections.nCopies(10, gray(120));
        assertThat(FrameDiffEventness.score(frames, 10)).containsOnly(0.0);
    }

    @Test
    void aCutPeaksAtTheSecondWhereTheNewFrameAppears() {
        List<RgbImage> frames = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            frames.add(t < 6 ? gray(0) : gray(255));
        }
        double[] s = FrameDiffEventness.score(frames, 10);
        double[] expected = new double[10];
        expected[6] = 1.0;
        assertThat(s).containsExactly(expected, within(1e-12));
    }

    @Test
    void scoreIsTheMeanAbsoluteThumbnailDifferenceOverTwoFiftyFive() {
        // Uniform frames of level 100 and 151 (frames of different sizes): every thumbnail pixel
        // differs by 51, so score₁ = 51/255 = 0.2.
        double[] s = FrameDiffEventness.score(List.of(solid(40, 30, 100, 100, 100), solid(17, 90, 151, 151, 151)), 2);
        assertThat(s).containsExactly(new double[] {0.0, 0.2}, within(1e-12));
    }

    @Test
    void halfTheThumbnailChangingGivesHalfTheScore() {
        // Left half black then white, right half stays black. 64 px wide: the 2:1 downscale
        // blends columns 31/32 only at thumbnail columns 15/16; columns 0..14 change by 1,
        // columns 17..31 not at all, and the two boundary columns add a kernel-defined amount.
        RgbImage before = solid(64, 64, 0, 0, 0);
        byte[] rgb = new byte[64 * 64 * 3];
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 32; x++) {
                Arrays.fill(rgb, (y * 64 + x) * 3, (y * 64 + x) * 3 + 3, (byte) 255);
            }
        }
        double s = FrameDiffEventness.score(List.of(before, new RgbImage(64, 64, rgb)), 2)[1];
        // Boundary columns 15 and 16 together carry exactly one column's worth (the kernel's
        // taps sum to 1 and the step is symmetric), so the mean is 16/32 up to 8-bit rounding.
        assertThat(s).isCloseTo(0.5, within(2.0 / 255 / 32 + 1e-12));
    }

    @Test
    void shortListsArePaddedWithZerosAndLongListsTruncated() {
        List<RgbImage> three = List.of(gray(0), gray(255), gray(0));
        assertThat(FrameDiffEventness.score(three, 5)).containsExactly(new double[] {0, 1, 1, 0, 0}, within(1e-12));
        List<RgbImage> twelve = new ArrayList<>(Collections.nCopies(10, gray(0)));
        twelve.add(gray(255));
        twelve.add(gray(0));
        assertThat(FrameDiffEventness.score(twelve, 10)).containsOnly(0.0);
    }

    @Test
    void grayscaleFollowsPillowsFixedPointLuma() {
        // L = (19595 R + 38470 G + 7471 B + 32768) >> 16.
        assertThat(PillowGrayscale.luma(255, 0, 0) & 0xFF).isEqualTo(76);
        assertThat(PillowGrayscale.luma(0, 255, 0) & 0xFF).isEqualTo(150);
        assertThat(PillowGrayscale.luma(0, 0, 255) & 0xFF).isEqualTo(29);
        assertThat(PillowGrayscale.luma(10, 20, 30) & 0xFF).isEqualTo(18);
        for (int g = 0; g < 256; g++) {
            assertThat(PillowGrayscale.luma(g, g, g) & 0xFF).isEqualTo(g);
        }
        byte[] luma = PillowGrayscale.toLuma(solid(2, 1, 255, 0, 0));
        assertThat(luma).containsExactly((byte) 76, (byte) 76);
    }

    @Test
    void colourChangesAreSeenThroughLuma() {
        // Pure red (L 76) to pure green (L 150): (150 − 76)/255.
        double[] s = FrameDiffEventness.score(List.of(solid(8, 8, 255, 0, 0), solid(8, 8, 0, 255, 0)), 2);
        assertThat(s[1]).isCloseTo(74.0 / 255, within(1e-12));
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> FrameDiffEventness.score(null, 10)).hasMessageContaining("frames");
        assertThatThrownBy(() -> FrameDiffEventness.score(List.of(), 10)).hasMessageContaining("frames");
        assertThatThrownBy(() -> FrameDiffEventness.score(Arrays.asList(gray(1), null), 10)).hasMessageContaining("frames");
        assertThatThrownBy(() -> FrameDiffEventness.score(List.of(gray(1)), 0)).hasMessageContaining("numSeconds");
    }
}

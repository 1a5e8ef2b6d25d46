package dev.ltl.vlm.domain.qwen;

import dev.ltl.common.image.PillowResize;
import dev.ltl.common.media.RgbImage;
import dev.ltl.vlm.domain.answer.ImageSize;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QwenImageProcessorTest {

    /** Patch 2, merge 2, temporal 2; mean 0 and std 1/255 so a patch value is the raw byte value. */
    private static final QwenVisionConfig TINY = new QwenVisionConfig(2, 2, 2, 16, 1 << 20,
            new float[] {0, 0, 0}, new float[] {1 / 255f, 1 / 255f, 1 / 255f});

    /**
     * Rows of numpy's {@code frames.reshape(1,2,3,1,2,2,2,2,2).transpose(0,3,6,4,7,2,1,5,8).reshape(8,24)} for an
     * 8×4 image whose channel c at (x, y) is (y·8 + x)·3 + c, duplicated to 2 frames
     * (vlm-core/src/test/python/qwen_expected.py).
     */
    private static final int[][] NUMPY_PATCHES = {
            {0, 3, 24, 27, 0, 3, 24, 27, 1, 4, 25, 28, 1, 4, 25, 28, 2, 5, 26, 29, 2, 5, 26, 29},
            {6, 9, 30, 33, 6, 9, 30, 33, 7, 10, 31, 34, 7, 10, 31, 34, 8, 11, 32, 35, 8, 11, 32, 35},
            {48, 51, 72, 75, 48, 51, 72, 75, 49, 52, 73, 76, 49, 52, 73, 76, 50, 53, 74, 77, 50, 53, 74, 77},
            {54, 57, 78, 81, 54, 57, 78, 81, 55, 58, 79, 82, 55, 58, 79, 82, 56, 59, 80, 83, 56, 59, 80, 83},
            {12, 15, 36, 39, 12, 15, 36, 39, 13, 16, 37, 40, 13, 16, 37, 40, 14, 17, 38, 41, 14, 17, 38, 41},
            {18, 21, 42, 45, 18, 21, 42, 45, 19, 22, 43, 46, 19, 22, 43, 46, 20, 23, 44, 47, 20, 23, 44, 47},
            {60, 63, 84, 87, 60, 63, 84, 87, 61, 64, 85, 88, 61, 64, 85, 88, 62, 65, 86, 89, 62, 65, 86, 89},
            {66, 69, 90, 93, 66, 69, 90, 93, 67, 70, 91, 94, 67, 70, 91, 94, 68, 71, 92, 95, 68, 71, 92, 95},
    };

    private static RgbImage indexImage(int width, int height) {
        byte[] rgb = new byte[width * height * 3];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) i;
        }
        return new RgbImage(width, height, rgb);
    }

    @Test
    void flattensPatchesInQwenOrder() {
        PatchedImage patched = new QwenImageProcessor(TINY).process(indexImage(8, 4), ImageSize.pixelBudget(1 << 20));

        assertThat(patched.numPatches()).isEqualTo(8);
        assertThat(patched.patchDim()).isEqualTo(24);
        assertThat(patched.gridThw()).containsExactly(1, 2, 4);
        assertThat(patched.visionTokens()).isEqualTo(2);
        assertThat(patched.resizedWidth()).isEqualTo(8);
        assertThat(patched.resizedHeight()).isEqualTo(4);
        assertThat(patched.requestedResolution()).isZero();
        for (int n = 0; n < NUMPY_PATCHES.length; n++) {
            for (int k = 0; k < 24; k++) {
                assertThat(patched.patches()[n * 24 + k]).as("patch %d value %d", n, k)
                        .isCloseTo(NUMPY_PATCHES[n][k], within(1e-3f));
            }
        }
    }

    @Test
    void normalisesWithTheConfiguredMeanAndStd() {
        byte[] rgb = new byte[56 * 56 * 3];
        for (int i = 0; i < rgb.length; i += 3) {
            rgb[i] = (byte) 255;
            rgb[i + 1] = (byte) 128;
            rgb[i + 2] = 0;
        }
        PatchedImage patched = new QwenImageProcessor(QwenVisionConfig.qwen2vl())
                .process(new RgbImage(56, 56, rgb), ImageSize.square(56));

        assertThat(patched.gridThw()).containsExactly(1, 4, 4);
        assertThat(patched.visionTokens()).isEqualTo(4);
        assertThat(patched.requestedResolution()).isEqualTo(56);
        int perChannel = 2 * 14 * 14;
        float[] first = patched.patches();
        // (1 − 0.48145466) / 0.26862954, (128/255 − 0.4578275) / 0.26130258, (0 − 0.40821073) / 0.27577711
        assertThat(first[0]).isCloseTo(1.9303361f, within(1e-5f));
        assertThat(first[perChannel]).isCloseTo(0.16889724f, within(1e-5f));
        assertThat(first[2 * perChannel]).isCloseTo(-1.4802198f, within(1e-5f));
    }

    @Test
    void squareSizeIsResizedToTheSquareThenSmartResized() {
        PatchedImage patched = new QwenImageProcessor(QwenVisionConfig.qwen2vl())
                .process(indexImage(640, 480), ImageSize.square(224));

        // 224 → round(224/28) = 8 patches-of-28 per side.
        assertThat(patched.resizedWidth()).isEqualTo(224);
        assertThat(patched.resizedHeight()).isEqualTo(224);
        assertThat(patched.visionTokens()).isEqualTo(64);
        assertThat(patched.numPatches()).isEqualTo(256);
        assertThat(patched.patches()).hasSize(256 * 1176);
    }

    @Test
    void pixelBudgetKeepsAspectAndNeverUpscales() {
        QwenImageProcessor processor = new QwenImageProcessor(QwenVisionConfig.qwen2vl());
        // 640×480 with budget 50176: s = √(50176/307200) → 258×193 → smart-resize 252×196 (nearest multiples of 28).
        PatchedImage budgeted = processor.process(indexImage(640, 480), ImageSize.pixelBudget(50_176));
        assertThat(budgeted.resizedWidth()).isEqualTo(252);
        assertThat(budgeted.resizedHeight()).isEqualTo(196);
        assertThat(budgeted.visionTokens()).isEqualTo(63);

        RgbImage shown = processor.applyRequestedSize(indexImage(100, 50), ImageSize.pixelBudget(1_000_000));
        assertThat(shown.width()).isEqualTo(100);
        assertThat(shown.height()).isEqualTo(50);
    }

    @Test
    void resizesWithPillowBicubicBeforeFlattening() {
        RgbImage source = indexImage(30, 30);
        PatchedImage patched = new QwenImageProcessor(TINY).process(source, ImageSize.pixelBudget(1 << 20));
        // TINY factor 4: 30 → round(7.5) = 8 blocks → 32.
        RgbImage expected = PillowResize.resize(source, 32, 32);
        assertThat(patched.resizedWidth()).isEqualTo(32);
        // First patch, channel 0, frame 0, row 0: pixels (0,0) and (1,0) of the resized image.
        assertThat(patched.patches()[0]).isCloseTo(expected.at(0, 0, 0), within(1e-3f));
        assertThat(patched.patches()[1]).isCloseTo(expected.at(1, 0, 0), within(1e-3f));
        assertThat(patched.patches()[2]).isCloseTo(expected.at(0, 1, 0), within(1e-3f));
    }
}

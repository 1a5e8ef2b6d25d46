package dev.ltl.vlm.domain.qwen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Expected values were computed by vlm-core/src/test/python/qwen_expected.py, an independent numpy/Python
 * implementation of the published smart_resize rule and of vovnet.md §2.2 (output pasted below).
 */
class SmartResizeTest {

    /** width, height → W, H, tokens; Qwen2-VL published preprocessor_config (factor 28, 3136..12845056). */
    static Stream<int[]> qwen2vlPublished() {
        return Stream.of(new int[][] {
                {1, 1, 56, 56, 4},
                {640, 480, 644, 476, 391},
                {1920, 1080, 1932, 1092, 2691},
                {4000, 30, 4004, 28, 143},
                {30, 4000, 28, 4004, 143},
                {10, 10, 56, 56, 4},
                {27, 27, 56, 56, 4},
                {28, 28, 56, 56, 4},
                {42, 42, 56, 56, 4},
                {14, 70, 28, 140, 5},
                {1024, 768, 1036, 756, 999},
                {512, 512, 504, 504, 324},
                {7000, 5000, 4228, 3024, 16308},
                {100000, 600, 46256, 252, 14868},
                {3840, 2160, 3836, 2156, 10549},
                {500, 375, 504, 364, 234},
        });
    }

    /** Same with the smart_resize function default / README cap max_pixels = 28·28·1280 = 1003520. */
    static Stream<int[]> qwen2vlReadmeCap() {
        return Stream.of(new int[][] {
                {1, 1, 56, 56, 4},
                {640, 480, 644, 476, 391},
                {1920, 1080, 1316, 728, 1222},
                {4000, 30, 4004, 28, 143},
                {1024, 768, 1036, 756, 999},
                {7000, 5000, 1176, 840, 1260},
                {100000, 600, 12908, 56, 922},
                {3840, 2160, 1316, 728, 1222},
        });
    }

    /** Qwen3-VL (factor 32, 65536..16777216). */
    static Stream<int[]> qwen3vl() {
        return Stream.of(new int[][] {
                {1, 1, 256, 256, 64},
                {640, 480, 640, 480, 300},
                {1920, 1080, 1920, 1088, 2040},
                {4000, 30, 4000, 32, 125},
                {30, 4000, 32, 4000, 125},
                {10, 10, 256, 256, 64},
                {14, 70, 128, 576, 72},
                {1024, 768, 1024, 768, 768},
                {512, 512, 512, 512, 256},
                {7000, 5000, 4832, 3456, 16308},
                {100000, 600, 52864, 288, 14868},
                {3840, 2160, 3840, 2176, 8160},
                {500, 375, 512, 384, 192},
        });
    }

    /** vovnet.md §2.4 table: width, height, long side, max pixels → pre-resized w′, h′, smart W, H, tokens. */
    static Stream<int[]> vovnetTable() {
        return Stream.of(new int[][] {
                {640, 480, 224, 50176, 224, 168, 320, 224, 70},
                {640, 480, 448, 200704, 448, 336, 448, 320, 140},
                {640, 480, 336, 112896, 336, 252, 320, 256, 80},
                {640, 480, 672, 451584, 640, 480, 640, 480, 300},
                {1024, 768, 224, 50176, 224, 168, 320, 224, 70},
                {1024, 768, 448, 200704, 448, 336, 448, 320, 140},
                {1024, 768, 336, 112896, 336, 252, 320, 256, 80},
                {1024, 768, 672, 451584, 672, 504, 672, 512, 336},
                {512, 512, 224, 50176, 224, 224, 256, 256, 64},
                {512, 512, 448, 200704, 448, 448, 448, 448, 196},
                {512, 512, 336, 112896, 336, 336, 320, 320, 100},
                {512, 512, 672, 451584, 512, 512, 512, 512, 256},
                {1920, 1080, 224, 50176, 224, 126, 352, 192, 66},
                {1920, 1080, 448, 200704, 448, 252, 448, 256, 112},
                {1920, 1080, 336, 112896, 336, 189, 352, 192, 66},
                {1920, 1080, 672, 451584, 672, 378, 672, 384, 252},
                {1, 1, 224, 50176, 1, 1, 256, 256, 64},
                {1, 1, 448, 200704, 1, 1, 256, 256, 64},
                {1, 1, 336, 112896, 1, 1, 256, 256, 64},
                {1, 1, 672, 451584, 1, 1, 256, 256, 64},
        });
    }

    @ParameterizedTest
    @MethodSource("qwen2vlPublished")
    void qwen2vlPublishedConfig(int[] row) {
        assertRow(row, QwenVisionConfig.qwen2vl());
    }

    @ParameterizedTest
    @MethodSource("qwen2vlReadmeCap")
    void qwen2vlWithReadmeCap(int[] row) {
        assertRow(row, QwenVisionConfig.qwen2vl().withPixelBounds(3136, 1_003_520));
    }

    @ParameterizedTest
    @MethodSource("qwen3vl")
    void qwen3vlConfig(int[] row) {
        assertRow(row, QwenVisionConfig.qwen3vl());
    }

    @ParameterizedTest
    @MethodSource("vovnetTable")
    void vovnetWorkedExamples(int[] row) {
        int[] pre = SmartResize.preResize(row[0], row[1], row[2], row[3]);
        assertThat(pre).containsExactly(row[4], row[5]);
        int[] hw = SmartResize.smartResize(pre[1], pre[0], QwenVisionConfig.qwen3vl());
        assertThat(hw).containsExactly(row[7], row[6]);
        assertThat(SmartResize.visionTokens(hw[0], hw[1], QwenVisionConfig.qwen3vl())).isEqualTo(row[8]);
    }

    private static void assertRow(int[] row, QwenVisionConfig config) {
        int[] hw = SmartResize.smartResize(row[1], row[0], config);
        assertThat(hw).as("H, W of %dx%d", row[0], row[1]).containsExactly(row[3], row[2]);
        assertThat(SmartResize.visionTokens(hw[0], hw[1], config)).isEqualTo(row[4]);
    }

    @Test
    void roundsHalfToEvenLikePython() {
        // 42/28 = 1.5 → 2 and 70/28 = 2.5 → 2 (half-to-even); half-up would give 84.
        QwenVisionConfig noFloor = QwenVisionConfig.qwen2vl().withPixelBounds(1, 12_845_056);
        assertThat(SmartResize.smartResize(42, 70, noFloor)).containsExactly(56, 56);
        assertThat(SmartResize.smartResize(98, 98, noFloor)).containsExactly(112, 112); // 3.5 → 4
    }

    @Test
    void rejectsAspectRatioAbove200() {
        QwenVisionConfig c = QwenVisionConfig.qwen2vl();
        assertThat(SmartResize.smartResize(10, 2000, c)).hasSize(2); // exactly 200 is allowed
        assertThatThrownBy(() -> SmartResize.smartResize(10, 2001, c)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmartResize.smartResize(2001, 10, c)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmartResize.smartResize(0, 10, c)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void preResizeNeverUpscales() {
        assertThat(SmartResize.preResize(100, 50, 448, 200_704)).containsExactly(100, 50);
        assertThat(SmartResize.preResize(4000, 30, 448, 200_704)).containsExactly(448, 3);
        assertThat(SmartResize.preResize(30000, 20, 448, 200_704)).containsExactly(448, 1); // floor 0.29 → 1
    }

    @Test
    void visionTokensRejectsSizesOffTheGrid() {
        assertThatThrownBy(() -> SmartResize.visionTokens(30, 28, QwenVisionConfig.qwen2vl()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void factorsAndDefaults() {
        assertThat(QwenVisionConfig.qwen2vl().factor()).isEqualTo(28);
        assertThat(QwenVisionConfig.qwen2vl().patchDim()).isEqualTo(1176);
        assertThat(QwenVisionConfig.qwen3vl().factor()).isEqualTo(32);
        assertThat(QwenVisionConfig.qwen3vl().patchDim()).isEqualTo(1536);
    }
}

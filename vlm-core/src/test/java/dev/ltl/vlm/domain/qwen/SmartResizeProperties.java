package dev.ltl.vlm.domain.qwen;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class SmartResizeProperties {

    @Property
    void resultIsOnTheGridAndWithinThePixelBounds(@ForAll @IntRange(min = 1, max = 20_000) int height,
                                                  @ForAll @IntRange(min = 1, max = 20_000) int width,
                                                  @ForAll boolean qwen3) {
        Assume.that((double) Math.max(height, width) / Math.min(height, width) <= 200);
        QwenVisionConfig c = qwen3 ? QwenVisionConfig.qwen3vl() : QwenVisionConfig.qwen2vl();
        int[] hw = SmartResize.smartResize(height, width, c);
        assertThat(hw[0] % c.factor()).isZero();
        assertThat(hw[1] % c.factor()).isZero();
        assertThat(hw[0]).isPositive();
        assertThat(hw[1]).isPositive();
        long pixels = (long) hw[0] * hw[1];
        assertThat(pixels).isGreaterThanOrEqualTo(c.minPixels());
        if (hw[0] > c.factor() && hw[1] > c.factor()) {
            assertThat(pixels).isLessThanOrEqualTo(c.maxPixels());
        }
    }

    @Property
    void aResizedSizeIsAFixedPoint(@ForAll @IntRange(min = 1, max = 5_000) int height,
                                   @ForAll @IntRange(min = 1, max = 5_000) int width) {
        Assume.that((double) Math.max(height, width) / Math.min(height, width) <= 200);
        QwenVisionConfig c = QwenVisionConfig.qwen2vl();
        int[] hw = SmartResize.smartResize(height, width, c);
        assertThat(SmartResize.smartResize(hw[0], hw[1], c)).containsExactly(hw[0], hw[1]);
    }

    @Property
    void preResizeNeverGrowsAndRespectsTheBudget(@ForAll @IntRange(min = 1, max = 8_000) int w,
                                                 @ForAll @IntRange(min = 1, max = 8_000) int h,
                                                 @ForAll @IntRange(min = 16, max = 1_000) int longSide) {
        long maxPixels = (long) longSide * longSide;
        int[] wh = SmartResize.preResize(w, h, longSide, maxPixels);
        assertThat(wh[0]).isBetween(1, w);
        assertThat(wh[1]).isBetween(1, h);
        assertThat(Math.max(wh[0], wh[1])).isLessThanOrEqualTo(Math.max(longSide, 1));
    }
}

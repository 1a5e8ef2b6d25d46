package dev.ltl.vlm.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltl.common.media.RgbImage;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** For any frame and any patch-grid resolution: the fed size, mode, token count and tensor size agree. */
class ImagePreprocessorProperties {
    private static final float[] MEAN = {0.5f, 0.5f, 0.5f};
    private static final float[] STD = {0.25f, 0.25f, 0.25f};

    @Property(tries = 60)
    void preparedImagesMatchTheirBackboneKind(@ForAll @IntRange(min = 1, max = 6) int grid,
                                              @ForAll @IntRange(min = 1, max = 90) int width,
                                              @ForAll @IntRange(min = 1, max = 90) int height,
                                              @ForAll boolean dynamic) {
        PreprocessingSpec spec = new PreprocessingSpec(TensorLayout.NCHW, 255f, MEAN, STD,
                dynamic ? BackboneKind.DYNAMIC_SIZE : BackboneKind.FIXED_SIZE, dynamic ? 0 : 48);
        TokenRule rule = new TokenRule(8);
        RgbImage frame = ImagePreprocessorTest.testFrame(width, height);
        PreparedImage prepared = new ImagePreprocessor(spec, rule).prepare(frame, grid * 8);
        int fed = dynamic ? grid * 8 : 48;
        assertThat(prepared.fedSize()).isEqualTo(fed);
        assertThat(prepared.mode()).isEqualTo(dynamic ? ResizeMode.NATIVE : ResizeMode.RESIZED_TO_INPUT);
        assertThat(prepared.tokens()).isEqualTo((long) grid * grid);
        assertThat(prepared.tensor()).hasSize(3 * fed * fed);
        // Every value is an 8-bit level normalised by (v/255 - 0.5)/0.25, so it lies in [-2, 2].
        for (float v : prepared.tensor()) {
            assertThat(v).isBetween(-2f, 2f);
        }
    }
}

package dev.ltl.common.image;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class PillowResizeProperties {

    @Property(tries = 200)
    void aConstantImageStaysConstantAtAnySize(
            @ForAll @IntRange(min = 1, max = 90) int width, @ForAll @IntRange(min = 1, max = 90) int height,
            @ForAll @IntRange(min = 1, max = 40) int outWidth, @ForAll @IntRange(min = 1, max = 40) int outHeight,
            @ForAll @IntRange(min = 0, max = 255) int level) {
        byte[] plane = new byte[width * height];
        Arrays.fill(plane, (byte) level);
        byte[] out = PillowResize.resizePlane(plane, width, height, outWidth, outHeight);
        assertThat(out).hasSize(outWidth * outHeight);
        for (byte b : out) {
            assertThat(b & 0xFF).isEqualTo(level);
        }
    }
}

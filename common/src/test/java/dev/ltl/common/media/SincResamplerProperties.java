package dev.ltl.common.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SincResamplerProperties {

    @Property(tries = 30)
    void constantSignalStaysConstantAwayFromTheEdges(@ForAll @IntRange(min = 4_000, max = 192_000) int inputRate) {
        float[] in = new float[inputRate / 4];   // 0.25 s
        Arrays.fill(in, 0.25f);
        float[] out = SincResampler.resample(in, inputRate, 16_000);
        for (int i = 200; i < out.length - 200; i++) {
            assertThat((double) out[i]).isCloseTo(0.25, within(0.001));
        }
    }
}

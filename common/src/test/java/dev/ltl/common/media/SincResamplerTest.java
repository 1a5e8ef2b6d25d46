package dev.ltl.common.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SincResamplerTest {

    @Test
    void lengthIsOneSamplePerOutputInstantInsideTheInput() {
        assertThat(SincResampler.resample(new float[96_000], 48_000, 16_000)).hasSize(32_000);
        assertThat(SincResampler.resample(new float[44_100], 44_100, 16_000)).hasSize(16_000);
        assertThat(SincResampler.resample(new float[10], 44_100, 16_000)).hasSize(4);   // ceil(3.63)
        assertThat(SincResampler.resample(new float[8_000], 8_000, 16_000)).hasSize(16_000);
    }

    @Test
    void sameRateIsAnIndependentCopy() {
        float[] x = {1, 2, 3};
        float[] y = SincResampler.resample(x, 16_000, 16_000);
        assertThat(y).containsExactly(1, 2, 3).isNotSameAs(x);
    }

    @Test
    void downsamplingKeepsAnInBandToneAtItsFrequencyAndAmplitude() {
        float[] in = Signals.tone(1_000, 0.5, 48_000, 48_000);
        float[] out = SincResampler.resample(in, 48_000, 16_000);
        // Away from the edges, where the kernel sees zeros beyond the input.
        assertThat(Signals.goertzelAmplitude(out, 1_000, 15_000, 1_000, 16_000)).isCloseTo(0.5, within(0.005));
        assertThat(Signals.goertzelAmplitude(out, 1_000, 15_000, 1_500, 16_000)).isLessThan(0.005);
        float[] ideal = Signals.tone(1_000, 0.5, 16_000, 16_000);
        for (int i = 1_000; i < 15_000; i += 97) {
            assertThat((double) out[i]).as("sample %d", i).isCloseTo(ideal[i], within(0.002));
        }
    }

    @Test
    void downsamplingRemovesContentAboveTheNewNyquistInsteadOfAliasingIt() {
        // 10 kHz cannot exist at 16 kHz; naive decimation would fold it to 6 kHz.
        float[] in = Signals.tone(10_000, 0.5, 48_000, 48_000);
        float[] out = SincResampler.resample(in, 48_000, 16_000);
        assertThat(Signals.rms(out, 1_000, 15_000)).isLessThan(0.001);
        assertThat(Signals.goertzelAmplitude(out, 1_000, 15_000, 6_000, 16_000)).isLessThan(0.001);
    }

    @Test
    void upsamplingInterpolatesATone() {
        float[] in = Signals.tone(440, 0.8, 8_000, 8_000);
        float[] out = SincResampler.resample(in, 8_000, 16_000);
        float[] ideal = Signals.tone(440, 0.8, 16_000, 16_000);
        for (int i = 1_000; i < 15_000; i += 101) {
            assertThat((double) out[i]).isCloseTo(ideal[i], within(0.005));
        }
    }

    @Test
    void rejectsNonPositiveRates() {
        assertThatThrownBy(() -> SincResampler.resample(new float[4], 0, 16_000))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

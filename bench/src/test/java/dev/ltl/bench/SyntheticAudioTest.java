package dev.ltl.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.ltl.eventness.domain.EnergyEventness;
import org.junit.jupiter.api.Test;

class SyntheticAudioTest {

    private static final int SR = SyntheticAudio.SAMPLE_RATE;

    @Test
    void whiteNoiseIsSeededAndBoundedByItsAmplitude() {
        float[] noise = SyntheticAudio.whiteNoise(7, 10, SR, 0.3);

        assertThat(noise).hasSize(10 * SR).isEqualTo(SyntheticAudio.whiteNoise(7, 10, SR, 0.3));
        for (float sample : noise) {
            assertThat(Math.abs(sample)).isLessThanOrEqualTo(0.3f);
        }
        assertThat(noise).isNotEqualTo(SyntheticAudio.whiteNoise(8, 10, SR, 0.3));
    }

    @Test
    void burstSecondsAreLouderThanToneOnlySeconds() {
        float[] clip = SyntheticAudio.toneWithNoiseBursts(1, 10, SR);
        double[] energy = EnergyEventness.energy(clip, SR, 10);

        assertThat(clip).hasSize(10 * SR);
        // Tone alone: mean square 0.2²/2 = 0.02; with a ±0.6 uniform burst: 0.02 + 0.12.
        for (int t = 0; t < 10; t++) {
            double expected = Math.log(SyntheticAudio.isBurstSecond(t) ? 0.14 : 0.02);
            assertThat(energy[t]).as("second %d", t).isCloseTo(expected, offset(0.05));
        }
    }

    @Test
    void rejectsEmptyLengths() {
        assertThatThrownBy(() -> SyntheticAudio.whiteNoise(1, 0, SR, 0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}

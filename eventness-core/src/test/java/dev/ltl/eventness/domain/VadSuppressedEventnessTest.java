package dev.ltl.eventness.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class VadSuppressedEventnessTest {

    @Test
    void combineScalesNormalisedEnergyByTheNonSpeechShare() {
        double[] energy = {-10, -6, -2, -2};
        double[] speech = {0.0, 0.5, 1.0, 0.25};
        // minmax01(energy) = 0, 0.5, 1, 1.
        assertThat(VadSuppressedEventness.combine(energy, speech))
                .containsExactly(new double[] {0.0, 0.25, 0.0, 0.75}, within(1e-15));
    }

    @Test
    void scoreUsesStrideMaxOfThePcmAndTheDetectorsRatios() {
        // Tone on seconds 3–4 of 10 s; the detector claims second 4 is all speech.
        float[] pcm = Signals.toneBurst(160_000, 16_000, 1000, 0.5, 48_000, 80_000);
        SpeechActivity fake = (audio, seconds) -> {
            double[] r = new double[seconds];
            r[4] = 1.0;
            return r;
        };
        double[] s = new VadSuppressedEventness(fake).score(pcm, 10);
        double[] expected = VadSuppressedEventness.combine(
                EnergyEventness.energyStrideMax(pcm, 16_000, 10), fake.speechRatioPerSecond(pcm, 10));
        assertThat(s).containsExactly(expected, within(0.0));
        assertThat(s[3]).isCloseTo(1.0, within(1e-12));
        assertThat(s[4]).isZero();
        assertThat(s[0]).isZero();
    }

    @Test
    void badInputIsRejected() {
        SpeechActivity none = (audio, seconds) -> new double[seconds];
        assertThatThrownBy(() -> new VadSuppressedEventness(null)).hasMessageContaining("vad");
        assertThatThrownBy(() -> new VadSuppressedEventness(none).score(null, 10)).hasMessageContaining("pcm16k");
        assertThatThrownBy(() -> new VadSuppressedEventness(none).score(new float[16], 0)).hasMessageContaining("numSeconds");
        assertThatThrownBy(() -> VadSuppressedEventness.combine(new double[2], new double[3])).hasMessageContaining("speechRatio");
        assertThatThrownBy(() -> VadSuppressedEventness.combine(new double[] {1, 2}, new double[] {0, 1.5}))
                .hasMessageContaining("speechRatio[1]");
    }
}

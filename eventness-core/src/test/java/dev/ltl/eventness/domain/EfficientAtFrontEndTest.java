package dev.ltl.eventness.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EfficientAtFrontEndTest {

    private final EfficientAtFrontEnd frontEnd = new EfficientAtFrontEnd();

    @Test
    void oneSecondGivesOneHundredFramesOf128Bins() {
        float[][] mel = frontEnd.melSpectrogram(new float[16_000]);
        assertThat(mel).hasNumberOfRows(128);
        assertThat(mel[0]).hasSize(100);
        assertThat(EfficientAtFrontEnd.frameCount(16_000 * 10)).isEqualTo(1000);
        // 32 kHz length N → pre-emphasis leaves N − 1 → 1 + ⌊(N − 1)/320⌋ frames.
        assertThat(EfficientAtFrontEnd.frameCount(8000)).isEqualTo(1 + 15_999 / 320);
        assertThat(frontEnd.melSpectrogram(new float[8000])[0]).hasSize(EfficientAtFrontEnd.frameCount(8000));
    }

    @Test
    void silenceIsTheLogOffsetEverywhere() {
        float expected = (float) ((Math.log(1e-5) + 4.5) / 5);
        float[][] mel = frontEnd.melSpectrogram(new float[16_000]);
        for (float[] row : mel) {
            assertThat(row).containsOnly(expected);
        }
        assertThat(EfficientAtFrontEnd.SILENCE_VALUE).isEqualTo(expected);
    }

    @Test
    void aOneKilohertzSinePeaksInTheMelBinWhoseTriangleCentresNearestOneKilohertz() {
        // Independent of the implementation: Kaldi mel centres are (m + 1)·Δ with
        // Δ = 1127·ln(1 + 15000/700)/129; 1 kHz is mel 1127·ln(1 + 1000/700) ≈ 1000.0, and
        // Δ ≈ 27.17, so the nearest centre is m + 1 = 37, i.e. bin 36.
        double delta = 1127 * Math.log(1 + 15_000 / 700.0) / 129;
        double mel1k = 1127 * Math.log(1 + 1000 / 700.0);
        int expected = (int) Math.round(mel1k / delta) - 1;
        assertThat(expected).isEqualTo(36);

        float[] sine = Signals.toneBurst(16_000, 16_000, 1000, 0.5, 0, 16_000);
        float[][] mel = frontEnd.melSpectrogram(sine);
        int best = -1;
        double bestMean = Double.NEGATIVE_INFINITY;
        for (int m = 0; m < mel.length; m++) {
            double mean = 0;
            for (int f = 10; f < 90; f++) {
                mean += mel[m][f];
            }
            if (mean > bestMean) {
                bestMean = mean;
                best = m;
            }
        }
        assertThat(best).isEqualTo(expected);
        // Bins far from 1 kHz (above the 8 kHz band edge of 16 kHz audio) stay near silence.
        double melEdge = KaldiMelFilterbank.mel(9000);
        int highBin = (int) Math.ceil(melEdge / delta);
        assertThat(mel[highBin][50]).isLessThan(mel[expected][50] - 1.0f);
    }

    @Test
    void reflectPaddingMirrorsWithoutRepeatingTheEdge() {
        assertThat(EfficientAtFrontEnd.reflect(-1, 5)).isEqualTo(1);
        assertThat(EfficientAtFrontEnd.reflect(-4, 5)).isEqualTo(4);
        assertThat(EfficientAtFrontEnd.reflect(5, 5)).isEqualTo(3);
        assertThat(EfficientAtFrontEnd.reflect(2, 5)).isEqualTo(2);
        assertThat(EfficientAtFrontEnd.reflect(-6, 5)).isEqualTo(2);
        assertThat(EfficientAtFrontEnd.reflect(-3, 1)).isZero();
    }

    @Test
    void theWindowIsASymmetricHannOf800CentredIn1024() {
        double[] w = EfficientAtFrontEnd.centredHann(800, 1024);
        assertThat(w[111]).isZero();
        assertThat(w[112]).isZero();
        assertThat(w[112 + 799]).isCloseTo(0.0, within(1e-15));
        assertThat(w[912]).isZero();
        assertThat(w[112 + 399]).isCloseTo(w[112 + 400], within(1e-15));
        assertThat(w[112 + 200]).isCloseTo(0.5 - 0.5 * Math.cos(2 * Math.PI * 200 / 799), within(1e-15));
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> frontEnd.melSpectrogram(null)).hasMessageContaining("pcm16k");
        assertThatThrownBy(() -> frontEnd.melSpectrogram(new float[0])).hasMessageContaining("pcm16k");
        assertThatThrownBy(() -> frontEnd.melSpectrogram(new float[] {Float.NaN})).hasMessageContaining("pcm16k");
    }
}

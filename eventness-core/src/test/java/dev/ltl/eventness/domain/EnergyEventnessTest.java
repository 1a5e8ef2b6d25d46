package dev.ltl.eventness.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Expected values are worked out by hand from the window layout of reference §2.3 at 16 kHz:
 * stride 3200, window 6400, window i = [3200·i, 3200·i + 6400), second 0 ← windows 0..3,
 * second t ≥ 1 ← windows 5t−1 … 5t+3, window 49 dropped.
 */
class EnergyEventnessTest {

    private static final int SR = 16_000;
    private static final double FLOOR = Math.log(1e-12);
    private static final double A = 0.5;
    /** Mean of A²·sin² over whole periods of a 1 kHz tone sampled at 16 kHz (16 samples a period). */
    private static final double TONE_POWER = A * A / 2;

    /** 1 kHz tone of amplitude 0.5 on seconds 3 and 4 only, 10 s. */
    private static float[] toneInSeconds3And4() {
        return Signals.toneBurst(10 * SR, SR, 1000, A, 3 * SR, 5 * SR);
    }

    @Test
    void energyOfToneIsLogOfHalfSquaredAmplitudeInItsSecondsAndTheFloorElsewhere() {
        double[] e = EnergyEventness.energy(toneInSeconds3And4(), SR, 10);
        double tone = Math.log(TONE_POWER + 1e-12);
        assertThat(e).containsExactly(
                new double[] {FLOOR, FLOOR, FLOOR, tone, tone, FLOOR, FLOOR, FLOOR, FLOOR, FLOOR}, within(1e-6));
    }

    @Test
    void energyDeltaIsZeroFirstThenAbsoluteSteps() {
        double[] d = EnergyEventness.energyDelta(toneInSeconds3And4(), SR, 10);
        double step = Math.log(TONE_POWER + 1e-12) - FLOOR;
        assertThat(d).containsExactly(new double[] {0, 0, 0, step, 0, step, 0, 0, 0, 0}, within(1e-6));
    }

    @Test
    void strideMaxOfToneCountsFullAndHalfCoveredWindows() {
        // Tone occupies samples [48000, 80000). Window 14 = [44800, 51200) is half tone, windows
        // 15..23 are all tone, window 24 = [76800, 83200) is half tone; all others are silent.
        // Second 3 ← windows 14..18 (max: full), second 4 ← 19..23 (full), second 5 ← 24..28
        // (max: window 24, half), second 2 ← 9..13 (silent).
        double full = Math.log(TONE_POWER + 1e-12);
        double half = Math.log(TONE_POWER / 2 + 1e-12);
        double[] s = EnergyEventness.energyStrideMax(toneInSeconds3And4(), SR, 10);
        assertThat(s).containsExactly(
                new double[] {FLOOR, FLOOR, FLOOR, full, full, half, FLOOR, FLOOR, FLOOR, FLOOR}, within(1e-6));
    }

    @Test
    void strideMaxOfNoiseBurstSeesItInTwoWindowsOfSecondSix() {
        // Noise on [96000, 99200) = stride block 30. Windows 29 = [92800, 99200) and
        // 30 = [96000, 102400) each hold it whole; both belong to second floor((i+1)/5) = 6.
        float[] pcm = Signals.noiseBurst(10 * SR, 0.3, 96_000, 99_200, 7);
        double burstPower = Signals.sumOfSquares(pcm, 96_000, 99_200) / 3200;
        double[] s = EnergyEventness.energyStrideMax(pcm, SR, 10);
        double[] expected = filled(10, FLOOR);
        expected[6] = Math.log(burstPower * 3200 / 6400 + 1e-12);
        assertThat(s).containsExactly(expected, within(1e-9));

        double[] e = EnergyEventness.energy(pcm, SR, 10);
        double[] expectedEnergy = filled(10, FLOOR);
        expectedEnergy[6] = Math.log(burstPower * 3200 / SR + 1e-12);
        assertThat(e).containsExactly(expectedEnergy, within(1e-9));
    }

    @Test
    void shortInputIsZeroPaddedToTheFullLength() {
        // 9.1 s of DC 0.1 (145600 samples). Second 9 = [144000, 160000) holds 1600 samples of it.
        // Its windows 44..48: window 44 = [140800, 147200) holds 4800 signal samples (0.75 of
        // the window), window 45 = [144000, 150400) holds 1600 (0.25), 46..48 hold none.
        float[] pcm = new float[145_600];
        java.util.Arrays.fill(pcm, 0.1f);
        double p = (double) 0.1f * 0.1f;
        double[] e = EnergyEventness.energy(pcm, SR, 10);
        assertThat(e[8]).isCloseTo(Math.log(p + 1e-12), within(1e-9));
        assertThat(e[9]).isCloseTo(Math.log(p * 1600 / SR + 1e-12), within(1e-9));
        double[] s = EnergyEventness.energyStrideMax(pcm, SR, 10);
        assertThat(s[8]).isCloseTo(Math.log(p + 1e-12), within(1e-9));
        assertThat(s[9]).isCloseTo(Math.log(0.75 * p + 1e-12), within(1e-9));
    }

    @Test
    void samplesPastTheLastSecondAreIgnored() {
        float[] pcm = Signals.toneBurst(12 * SR, SR, 1000, A, 10 * SR, 12 * SR);
        assertThat(EnergyEventness.energy(pcm, SR, 10)).containsOnly(FLOOR);
        assertThat(EnergyEventness.energyStrideMax(pcm, SR, 10)).containsOnly(FLOOR);
    }

    @Test
    void silenceScoresTheLogFloor() {
        float[] silence = new float[10 * SR];
        assertThat(EnergyEventness.energy(silence, SR, 10)).containsOnly(FLOOR);
        assertThat(EnergyEventness.energyStrideMax(silence, SR, 10)).containsOnly(FLOOR);
        assertThat(EnergyEventness.energyDelta(silence, SR, 10)).containsOnly(0.0);
        assertThat(FLOOR).isCloseTo(-27.631021115928547, within(1e-12));
    }

    @Test
    void otherClipLengthsUseTheSameLayout() {
        // T = 3 with the tone on second 1 = [16000, 32000): windows 4 = [12800, 19200) and
        // 9 = [28800, 35200) are half tone, 5..8 full. Second 1 ← 4..8, second 2 ← 9..13 where
        // windows 10..13 exist only up to i = 14 (3200·i < 48000); window 14 (centre 3.0) drops.
        float[] pcm = Signals.toneBurst(3 * SR, SR, 1000, A, SR, 2 * SR);
        double full = Math.log(TONE_POWER + 1e-12);
        double half = Math.log(TONE_POWER / 2 + 1e-12);
        assertThat(EnergyEventness.energyStrideMax(pcm, SR, 3)).containsExactly(new double[] {FLOOR, full, half}, within(1e-6));
        assertThat(EnergyEventness.energy(pcm, SR, 3)).containsExactly(new double[] {FLOOR, full, FLOOR}, within(1e-6));
        assertThat(EnergyEventness.energyStrideMax(pcm, SR, 1)).containsExactly(new double[] {FLOOR}, within(1e-9));
        assertThat(EnergyEventness.energy(pcm, SR, 20)).hasSize(20);
    }

    @Test
    void aSecondWithoutWindowsTakesTheMinimumOfAllAssignedWindows() {
        // At 8 Hz: S = round(1.6) = 2, W = round(3.2) = 3, 80 samples, windows i = 0..39 with
        // centres 0.2·i + 0.2 ≤ 8.0, so second 9 gets no window. Signal 0.5 everywhere except
        // zeros on [40, 60). Window 39 = [78, 81) holds 2 signal samples and is zero-padded:
        // mean 2·0.25/3. Second 8 ← window 39 only. Windows fully inside [40, 60) are silent,
        // so the minimum over all windows is the floor.
        float[] pcm = new float[80];
        java.util.Arrays.fill(pcm, 0.5f);
        java.util.Arrays.fill(pcm, 40, 60, 0f);
        double[] s = EnergyEventness.energyStrideMax(pcm, 8, 10);
        assertThat(s[0]).isCloseTo(Math.log(0.25 + 1e-12), within(1e-12));
        assertThat(s[8]).isCloseTo(Math.log(2 * 0.25 / 3 + 1e-12), within(1e-12));
        assertThat(s[9]).isCloseTo(FLOOR, within(1e-12));
    }

    @Test
    void invalidInputIsRejectedNamingTheParameter() {
        float[] ok = new float[SR];
        assertThatThrownBy(() -> EnergyEventness.energy(null, SR, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pcm");
        assertThatThrownBy(() -> EnergyEventness.energyStrideMax(new float[0], SR, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pcm");
        assertThatThrownBy(() -> EnergyEventness.energyDelta(new float[] {0f, Float.NaN}, SR, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pcm");
        assertThatThrownBy(() -> EnergyEventness.energy(ok, SR, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numSeconds");
        assertThatThrownBy(() -> EnergyEventness.energyStrideMax(ok, 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sampleRate");
        assertThatThrownBy(() -> EnergyEventness.energyStrideMax(ok, 2, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sampleRate");
        assertThatThrownBy(() -> EnergyEventness.energy(ok, 1_000_000, 100_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numSeconds");
    }

    private static double[] filled(int n, double value) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, value);
        return a;
    }
}

package dev.ltl.eventness.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KaldiMelFilterbankTest {

    private final KaldiMelFilterbank bank = new KaldiMelFilterbank(128, 1024, 32_000, 0, 15_000);

    @Test
    void melScaleIsKaldis() {
        assertThat(KaldiMelFilterbank.mel(0)).isZero();
        assertThat(KaldiMelFilterbank.mel(700)).isCloseTo(1127 * Math.log(2), within(1e-12));
    }

    @Test
    void weightsAreTrianglesInTheMelDomain() {
        double delta = KaldiMelFilterbank.mel(15_000) / 129;
        // FFT bin 32 = 1000 Hz sits in filters 35 and 36 (centres 36Δ and 37Δ).
        double mel1k = KaldiMelFilterbank.mel(1000);
        assertThat(bank.weight(36, 32)).isCloseTo((mel1k - 36 * delta) / delta, within(1e-12));
        assertThat(bank.weight(35, 32)).isCloseTo((37 * delta - mel1k) / delta, within(1e-12));
        assertThat(bank.weight(37, 32)).isZero();
        for (int m = 0; m < 128; m++) {
            assertThat(bank.weight(m, 512)).as("Nyquist column").isZero();
            for (int k = 0; k < 513; k++) {
                assertThat(bank.weight(m, k)).isBetween(0.0, 1.0);
            }
        }
        // The last filter ends at 15 kHz = FFT bin 480.
        assertThat(bank.weight(127, 480)).isZero();
        assertThat(bank.weight(127, 479)).isPositive();
    }

    @Test
    void applySumsWeightedPower() {
        double[] power = new double[513];
        power[32] = 2.0;
        double[] out = bank.apply(power);
        assertThat(out[36]).isCloseTo(2.0 * bank.weight(36, 32), within(1e-12));
        assertThat(out[0]).isZero();
        assertThatThrownBy(() -> bank.apply(new double[512])).hasMessageContaining("power");
    }
}

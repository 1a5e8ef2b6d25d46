package dev.ltl.eventness.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PowerSpectrumTest {

    @Test
    void aCosineOnABinPutsAllPowerThere() {
        int n = 64;
        double[] frame = new double[n];
        for (int i = 0; i < n; i++) {
            frame[i] = Math.cos(2 * Math.PI * 5 * i / n);
        }
        double[] p = new PowerSpectrum(n).compute(frame);
        assertThat(p).hasSize(33);
        for (int k = 0; k <= 32; k++) {
            assertThat(p[k]).isCloseTo(k == 5 ? (n / 2.0) * (n / 2.0) : 0.0, within(1e-9));
        }
    }

    @Test
    void matchesANaiveDftOnArbitraryInput() {
        int n = 32;
        double[] frame = new double[n];
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < n; i++) {
            frame[i] = random.nextDouble() - 0.5;
        }
        double[] p = new PowerSpectrum(n).compute(frame);
        for (int k = 0; k <= n / 2; k++) {
            double re = 0;
            double im = 0;
            for (int i = 0; i < n; i++) {
                re += frame[i] * Math.cos(2 * Math.PI * k * i / n);
                im -= frame[i] * Math.sin(2 * Math.PI * k * i / n);
            }
            assertThat(p[k]).isCloseTo(re * re + im * im, within(1e-12));
        }
    }

    @Test
    void sizeMustBeAPowerOfTwo() {
        assertThatThrownBy(() -> new PowerSpectrum(100)).hasMessageContaining("size");
        assertThatThrownBy(() -> new PowerSpectrum(8).compute(new double[4])).hasMessageContaining("frame");
    }
}

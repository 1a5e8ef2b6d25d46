package dev.ltl.eventness.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PolyphaseUpsamplerTest {

    private final PolyphaseUpsampler upsampler = new PolyphaseUpsampler(2, 32, 0.94, 8.6);

    @Test
    void doublesTheLengthAndKeepsDc() {
        float[] dc = new float[400];
        java.util.Arrays.fill(dc, 0.3f);
        float[] out = upsampler.upsample(dc);
        assertThat(out).hasSize(800);
        for (int m = 64; m < 736; m++) {
            assertThat(out[m]).isCloseTo(0.3f, within(1e-6f));
        }
    }

    @Test
    void aToneInThePassBandIsInterpolatedOntoTheFinerGrid() {
        double hz = 1000;
        float[] in = Signals.toneBurst(1600, 16_000, hz, 0.5, 0, 1600);
        float[] out = upsampler.upsample(in);
        for (int m = 200; m < 3000; m++) {
            double expected = 0.5 * Math.sin(2 * Math.PI * hz * m / 32_000);
            assertThat((double) out[m]).isCloseTo(expected, within(2e-3));
        }
    }

    @Test
    void imagesAboveTheInputNyquistAreSuppressed() {
        // White noise at 16 kHz, upsampled: the 8.5–16 kHz band of the 32 kHz signal must be
        // at least 60 dB below the 0–7 kHz band (sample repetition would leave it near 0 dB).
        float[] noise = Signals.noiseBurst(16_384, 0.3, 0, 16_384, 3);
        float[] out = upsampler.upsample(noise);
        PowerSpectrum fft = new PowerSpectrum(1024);
        double low = 0;
        double high = 0;
        for (int start = 1024; start + 1024 <= out.length - 1024; start += 512) {
            double[] frame = new double[1024];
            for (int i = 0; i < 1024; i++) {
                frame[i] = out[start + i] * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / 1023));
            }
            double[] p = fft.compute(frame);
            for (int k = 0; k <= 512; k++) {
                double hz = k * 32_000.0 / 1024;
                if (hz < 7000) {
                    low += p[k];
                } else if (hz > 8500) {
                    high += p[k];
                }
            }
        }
        assertThat(10 * Math.log10(high / low)).isLessThan(-60);
    }

    @Test
    void badArgumentsAreRejected() {
        assertThatThrownBy(() -> new PolyphaseUpsampler(0, 32, 0.9, 8)).hasMessageContaining("factor");
        assertThatThrownBy(() -> new PolyphaseUpsampler(2, 0, 0.9, 8)).hasMessageContaining("halfTaps");
        assertThatThrownBy(() -> new PolyphaseUpsampler(2, 8, 1.5, 8)).hasMessageContaining("cutoff");
        assertThatThrownBy(() -> upsampler.upsample(null)).hasMessageContaining("x");
    }

    @Test
    void besselI0MatchesKnownValues() {
        assertThat(PolyphaseUpsampler.besselI0(0)).isEqualTo(1.0);
        assertThat(PolyphaseUpsampler.besselI0(1)).isCloseTo(1.2660658777520082, within(1e-14));
        assertThat(PolyphaseUpsampler.besselI0(2)).isCloseTo(2.2795853023360673, within(1e-13));
        assertThat(PolyphaseUpsampler.besselI0(5)).isCloseTo(27.239871823604442, within(1e-11));
    }
}

package dev.ltl.eval.data.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class FftProperties {

    @Property(tries = 60)
    void matchesTheDirectDftForAnyLength(@ForAll @IntRange(min = 1, max = 300) int n, @ForAll long seed) {
        Random random = new Random(seed);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = random.nextGaussian();
            im[i] = random.nextGaussian();
        }
        double[] expectedRe = new double[n];
        double[] expectedIm = new double[n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                double angle = -2 * Math.PI * ((long) j * k % n) / n;
                expectedRe[k] += re[j] * Math.cos(angle) - im[j] * Math.sin(angle);
                expectedIm[k] += re[j] * Math.sin(angle) + im[j] * Math.cos(angle);
            }
        }
        new Fft(n).transform(re, im);
        for (int k = 0; k < n; k++) {
            assertThat(re[k]).isCloseTo(expectedRe[k], within(1e-8));
            assertThat(im[k]).isCloseTo(expectedIm[k], within(1e-8));
        }
    }

    @Property(tries = 20)
    void aWholeHertzToneAtSixteenKilohertzLandsInItsBin(@ForAll @IntRange(min = 1, max = 7999) int hz) {
        double[] x = new double[16_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.cos(2 * Math.PI * hz * i / 16_000.0);
        }
        double[] power = new Fft(16_000).realPowerSpectrum(x);
        // A unit cosine puts (n/2)² into its bin and (numerically) nothing elsewhere.
        assertThat(power[hz]).isCloseTo(8000.0 * 8000.0, within(1e-3));
        assertThat(power[hz == 1 ? 2 : hz - 1]).isLessThan(1e-12 * 8000.0 * 8000.0);
    }
}

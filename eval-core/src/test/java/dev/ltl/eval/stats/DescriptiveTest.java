package dev.ltl.eval.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DescriptiveTest {
    // python3 -c "import numpy as np; v=[0.3,-0.1,0.25,0.0,0.5,0.12,-0.3];
    //   print([np.percentile(v,q) for q in (10,50,90)], np.std(v,ddof=1), np.mean(v))"
    private static final double[] V = {0.3, -0.1, 0.25, 0.0, 0.5, 0.12, -0.3};

    @Test
    void percentilesAreNumpyLinear() {
        assertThat(Descriptive.percentile(V, 10)).isCloseTo(-0.18, within(1e-12));
        assertThat(Descriptive.percentile(V, 50)).isCloseTo(0.12, within(1e-12));
        assertThat(Descriptive.percentile(V, 90)).isCloseTo(0.38000000000000006, within(1e-12));
    }

    @Test
    void meanAndSampleStdMatchNumpy() {
        assertThat(Descriptive.mean(V)).isCloseTo(0.10999999999999997, within(1e-12));
        assertThat(Descriptive.sampleStd(V)).isCloseTo(0.2683902631120088, within(1e-12));
    }

    @Test
    void emptyAndSingleInputsAreUndefined() {
        assertThat(Descriptive.percentile(new double[0], 50)).isNaN();
        assertThat(Descriptive.sampleStd(new double[] {1.0})).isNaN();
        assertThat(Descriptive.nanMean(new double[] {Double.NaN, 1.0, 3.0})).isEqualTo(2.0);
    }

    @Test
    void summariesUseZeroStdForOneValue() {
        assertThat(MeanStd.of(new double[] {0.7})).isEqualTo(new MeanStd(0.7, 0.0));
        assertThat(SampleSummary.ofTokens(new long[] {1960, 1954, 1960}))
                .satisfies(s -> {
                    assertThat(s.n()).isEqualTo(3);
                    assertThat(s.min()).isEqualTo(1954);
                    assertThat(s.max()).isEqualTo(1960);
                    assertThat(s.mean()).isCloseTo(1958.0, within(1e-12));
                    assertThat(s.std()).isCloseTo(Math.sqrt(12.0), within(1e-12));
                });
    }
}

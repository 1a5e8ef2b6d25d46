package dev.ltl.eval.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairedBootstrapTest {

    @Test
    void linearPercentileMatchesNumpy() {
        double[] x = {3.1, -2.0, 7.5, 0.0, 1.25, 9.0, 4.4};
        Arrays.sort(x);
        // np.percentile(x, [0, 2.5, 33, 50, 66, 90, 97.5, 99, 100])
        double[] q = {0, 2.5, 33, 50, 66, 90, 97.5, 99, 100};
        double[] numpy = {-2.0, -1.7, 1.225, 3.1, 4.348, 8.100000000000001, 8.774999999999999, 8.91, 9.0};
        for (int i = 0; i < q.length; i++) {
            assertThat(LinearPercentile.ofSorted(x, q[i])).as("q=%s", q[i]).isCloseTo(numpy[i], within(1e-12));
        }
        assertThat(LinearPercentile.ofSorted(new double[0], 50)).isNaN();
        assertThat(LinearPercentile.ofSorted(new double[] {4.0}, 97.5)).isEqualTo(4.0);
        assertThatThrownBy(() -> LinearPercentile.ofSorted(x, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void identicalMethodsGiveAZeroInterval() {
        double[] a = {1, 0, 1, 1, 0, 0, 1};
        BootstrapDelta d = PairedBootstrap.delta(a, a.clone(), 300, 0);
        assertThat(d).isEqualTo(new BootstrapDelta(0.0, 0.0, 0.0, 7, 300));
        assertThat(d.excludesZero()).isFalse();
    }

    @Test
    void alwaysBetterByOneGivesTheUnitInterval() {
        double[] ones = new double[25];
        Arrays.fill(ones, 1.0);
        BootstrapDelta d = PairedBootstrap.delta(ones, new double[25], 300, 5);
        assertThat(d).isEqualTo(new BootstrapDelta(1.0, 1.0, 1.0, 25, 300));
        assertThat(d.excludesZero()).isTrue();
    }

    @Test
    void handCaseMatchesNumpyPercentilesOfTheResampledMeans() {
        // method − baseline = [1, 0, 0, 1, −1, 1, 0, 1]; Well19937c(42), 12 resamples.
        double[] method = {1, 1, 0, 1, 0, 1, 1, 1};
        double[] baseline = {0, 1, 0, 0, 1, 0, 1, 0};
        double[] diffs = {1, 0, 0, 1, -1, 1, 0, 1};
        // The resampled means this generator draws (pins the documented RNG use) ...
        assertThat(PairedBootstrap.sortedBootstrapMeans(diffs, 12, 42L)).containsExactly(
                0.0, 0.125, 0.125, 0.125, 0.125, 0.125, 0.25, 0.25, 0.25, 0.5, 0.5, 0.75);
        // ... and np.percentile(those, [2.5, 97.5]) = [0.034375, 0.68125].
        BootstrapDelta d = PairedBootstrap.delta(method, baseline, 12, 42L);
        assertThat(d.mean()).isEqualTo(0.375);
        assertThat(d.lo()).isCloseTo(0.034375, within(1e-12));
        assertThat(d.hi()).isCloseTo(0.68125, within(1e-12));
        assertThat(d.n()).isEqualTo(8);
        assertThat(d.nBoot()).isEqualTo(12);
        // One resample mean is ≤ 0 (exactly 0) and all twelve are ≥ 0: p = 2·min(1, 12)/12.
        BucketSignificance s = PairedBootstrap.significance(diffs, 12, 42L);
        assertThat(s.pTwoSided()).isCloseTo(2.0 * 1 / 12, within(1e-12));
        assertThat(s.significant()).isFalse();
    }

    @Test
    void theSameSeedGivesTheSameIntervalAndAnotherSeedUsuallyNot() {
        double[] diffs = new Random(3).ints(60, -1, 2).asDoubleStream().toArray();
        BucketSignificance a = PairedBootstrap.significance(diffs, 500, 11);
        assertThat(PairedBootstrap.significance(diffs, 500, 11)).isEqualTo(a);
        assertThat(PairedBootstrap.significance(diffs, 500, 12)).isNotEqualTo(a);
    }

    @Test
    void intervalApproachesTheNormalApproximationOnALargeSample() {
        double[] diffs = new Random(9).ints(400, -1, 2).asDoubleStream().toArray();
        double mean = Arrays.stream(diffs).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(diffs).map(v -> (v - mean) * (v - mean)).sum() / diffs.length);
        double half = 1.96 * sd / Math.sqrt(diffs.length);
        BootstrapDelta d = PairedBootstrap.delta(diffs, new double[diffs.length], 5000, 1);
        assertThat(d.lo()).isCloseTo(mean - half, within(0.15 * half));
        assertThat(d.hi()).isCloseTo(mean + half, within(0.15 * half));
    }

    @Test
    void significanceNeedsTwentyItemsAndACiAwayFromZero() {
        double[] nineteen = new double[19];
        Arrays.fill(nineteen, 1.0);
        BucketSignificance small = PairedBootstrap.significance(nineteen, 5000, 0);
        assertThat(small.lo()).isEqualTo(1.0);
        assertThat(small.pTwoSided()).isEqualTo(0.0);
        assertThat(small.significant()).as("n = 19 is below the spec's minimum").isFalse();

        double[] twentyWorse = new double[20];
        Arrays.fill(twentyWorse, -1.0);
        BucketSignificance worse = PairedBootstrap.significance(twentyWorse, 5000, 0);
        assertThat(worse.hi()).isEqualTo(-1.0);
        assertThat(worse.significant()).isTrue();

        BucketSignificance none = PairedBootstrap.significance(new double[30], 5000, 0);
        assertThat(none.pTwoSided()).as("all zero: both tails hold every resample, capped at 1").isEqualTo(1.0);
        assertThat(none.significant()).isFalse();
    }

    @Test
    void noPairedItemsGiveNaNAndBadInputIsRefused() {
        BootstrapDelta d = PairedBootstrap.delta(new double[0], new double[0], 300, 0);
        assertThat(d.n()).isZero();
        assertThat(d.mean()).isNaN();
        assertThat(d.lo()).isNaN();
        BucketSignificance s = PairedBootstrap.significance(new double[0], 300, 0);
        assertThat(s.pTwoSided()).isNaN();
        assertThat(s.significant()).isFalse();
        assertThatThrownBy(() -> PairedBootstrap.delta(new double[2], new double[3], 300, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairedBootstrap.delta(new double[2], new double[2], 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.ltl.eval.train.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EvalMetricsProperties {

    /** Predictions and labels of the same shape: 1..8 clips of 10 seconds, classes 0..3. */
    record Case(int[][] predicted, int[][] labels) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<int[]> row = Arbitraries.integers().between(0, 3).array(int[].class).ofSize(10);
        return Arbitraries.integers().between(1, 8).flatMap(clips -> Combinators.combine(
                row.array(int[][].class).ofSize(clips), row.array(int[][].class).ofSize(clips))
                .as(Case::new));
    }

    @Property(tries = 200)
    void overallAccuracyIsTheMeanOfPerClipAccuraciesForEqualLengthClips(@ForAll("cases") Case c) {
        EvalMetrics metrics = EvalMetrics.compute(c.predicted(), c.labels());
        double mean = 0;
        for (float clipAcc : metrics.valAccBySample()) {
            mean += clipAcc;
        }
        mean /= metrics.valAccBySample().length;
        assertThat(metrics.valAcc()).isCloseTo(mean, within(1e-6));
        assertThat(metrics.valAcc()).isBetween(0.0, 1.0);
    }

    @Property(tries = 100)
    void perfectPredictionsScoreOneEverywhere(@ForAll("cases") Case c) {
        EvalMetrics metrics = EvalMetrics.compute(c.labels(), c.labels());
        assertThat(metrics.valAcc()).isEqualTo(1.0);
        assertThat(metrics.valAccBySample()).containsOnly(1f);
        for (int clip = 0; clip < c.labels().length; clip++) {
            boolean hasEvent = java.util.Arrays.stream(c.labels()[clip]).anyMatch(label -> label != 0);
            assertThat(metrics.valAccEventBySample()[clip]).isEqualTo(hasEvent ? 1f : null);
        }
    }
}

package dev.ltl.planner.domain.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** q̄ = top-3 minus bottom-3 of the min-max scores, and α = 0.10 + (1 − q̄)·0.50, clamped. */
class ReliabilityTest {

    @Test
    void separationMatchesTheReferenceSep3OfTheAveTestVector() {
        // ltl-ave-reference.md §3.3: sep3 0.8627451 for this vector.
        Reliability r = Reliability.of(MixtureSelectorTest.SCORES);
        assertThat(r.qBar()).isCloseTo(0.8627451, within(1e-7));
        assertThat(r.alpha()).isCloseTo(0.1 + (1 - r.qBar()) * 0.5, within(1e-15));
    }

    @Test
    void alphaRunsFromTheMaximumForFlatScoresToTheMinimumForACleanPeak() {
        assertThat(Reliability.alphaFor(0.0)).isEqualTo(0.6);
        assertThat(Reliability.alphaFor(1.0)).isEqualTo(0.1);
        assertThat(Reliability.alphaFor(0.5)).isCloseTo(0.35, within(1e-15));
        // q̄ outside [0, 1] is clamped first
        assertThat(Reliability.alphaFor(-2)).isEqualTo(0.6);
        assertThat(Reliability.alphaFor(3)).isEqualTo(0.1);
    }

    @Test
    void constantAndEmptyScoresHaveNoSeparation() {
        assertThat(Reliability.of(new double[] {2, 2, 2, 2}).qBar()).isZero();
        assertThat(Reliability.of(new double[0]).qBar()).isZero();
        assertThat(Reliability.of(new double[0]).alpha()).isEqualTo(0.6);
    }

    @Test
    void shortVideosCompareOverlappingTails() {
        // T = 2: m = 2, the top and bottom 2 are the same two seconds → q̄ = 0.
        assertThat(Reliability.of(new double[] {0, 1}).qBar()).isZero();
        // T = 4, s01 = [0, 0, 0, 1]: top-3 mean 1/3, bottom-3 mean 0.
        assertThat(Reliability.of(new double[] {5, 5, 5, 9}).qBar()).isCloseTo(1.0 / 3, within(1e-15));
    }

    @Test
    void aCleanPeakHasFullSeparation() {
        Reliability r = Reliability.of(new double[] {0, 0, 0, 5, 5, 5, 0, 0});
        assertThat(r.qBar()).isEqualTo(1.0);
        assertThat(r.alpha()).isEqualTo(0.1);
    }
}

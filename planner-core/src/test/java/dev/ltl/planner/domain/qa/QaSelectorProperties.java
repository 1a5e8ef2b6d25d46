package dev.ltl.planner.domain.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of every budgeted QA selector over random videos (T = 1..60, B = 0..70, scores with
 * many ties): min(B, T) sorted distinct seconds in range, deterministic, and a mixture record that
 * partitions the selection.
 */
class QaSelectorProperties {

    @Provide
    Arbitrary<double[]> scores() {
        // Few distinct values, so ties (and constant vectors) are common.
        return Arbitraries.integers().between(0, 4).map(i -> i * 0.25).array(double[].class).ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 300)
    void mixtureSelectsMinBTSortedDistinctSecondsInRange(@ForAll("scores") double[] scores,
                                                          @ForAll @IntRange(min = 0, max = 70) int budget) {
        QaSelection selection = QaSelectors.mixture(scores, budget);
        assertWellFormed(selection.selectedSeconds(), scores.length, budget);
        assertThat(selection).isEqualTo(QaSelectors.mixture(scores.clone(), budget));
    }

    @Property(tries = 300)
    void mixtureSelectionIsTheDisjointUnionOfBackgroundAndAnchorSeconds(@ForAll("scores") double[] scores,
                                                                        @ForAll @IntRange(min = 1, max = 70) int budget) {
        QaSelection selection = QaSelectors.mixture(scores, budget);
        assertThat(selection.backgroundSeconds()).allSatisfy(t -> assertThat(selection.anchorSeconds()).doesNotContain(t));
        assertThat(selection.selectedSeconds()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(selection.backgroundSeconds().stream(),
                        selection.anchorSeconds().stream()).toList());
        Reliability reliability = selection.reliability().orElseThrow();
        assertThat(reliability.qBar()).isBetween(0.0, 1.0);
        assertThat(reliability.alpha()).isBetween(0.1, 0.6);
        assertThat(selection.anchors()).hasSizeLessThanOrEqualTo(Math.min(10, scores.length));
    }

    @Property(tries = 300)
    void uniformAndRandomSelectMinBTSortedDistinctSecondsInRange(@ForAll @IntRange(min = 1, max = 200) int seconds,
                                                                 @ForAll @IntRange(min = 0, max = 220) int budget,
                                                                 @ForAll long seed) {
        assertWellFormed(QaSelectors.uniformSelection(seconds, budget).selectedSeconds(), seconds, budget);
        List<Integer> random = QaSelectors.random(seconds, budget, seed).selectedSeconds();
        assertWellFormed(random, seconds, budget);
        assertThat(QaSelectors.random(seconds, budget, seed).selectedSeconds()).isEqualTo(random);
    }

    private static void assertWellFormed(List<Integer> selected, int seconds, int budget) {
        assertThat(selected).hasSize(Math.min(budget, seconds));
        assertThat(selected).isSorted().doesNotHaveDuplicates();
        assertThat(selected).allSatisfy(t -> assertThat(t).isBetween(0, seconds - 1));
    }
}

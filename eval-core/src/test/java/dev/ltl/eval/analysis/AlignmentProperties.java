package dev.ltl.eval.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Invariants of the Recall@K,Δ and Cov@τ definitions (§5.8, §5.9) over random clips. */
class AlignmentProperties {

    record Clip(int[] anchors, int[] labels) {
    }

    @Provide
    Arbitrary<Clip> clips() {
        Arbitrary<int[]> labels = Arbitraries.integers().between(0, 3).array(int[].class).ofSize(10);
        Arbitrary<int[]> anchors = Arbitraries.integers().between(0, 9).array(int[].class).ofMinSize(0).ofMaxSize(3);
        return Combinators.combine(anchors, labels).as(Clip::new);
    }

    @Property(tries = 300)
    void recallLiesInUnitIntervalAndGrowsWithDelta(@ForAll("clips") Clip c, @ForAll @IntRange(min = 0, max = 4) int d) {
        double r = AnchorRecall.recall(c.anchors(), c.labels(), d);
        assertThat(r).isBetween(0.0, 1.0);
        assertThat(AnchorRecall.recall(c.anchors(), c.labels(), d + 1)).isGreaterThanOrEqualTo(r);
    }

    /** §5.9: with δ = 0, Cov@τ equals Recall@K,Δ0 for every τ in (0, 1]. */
    @Property(tries = 300)
    void coverageWithZeroDeltaEqualsRecallAtZero(@ForAll("clips") Clip c,
                                                 @ForAll @DoubleRange(min = 0.001, max = 1.0) @Scale(4) double tau) {
        assertThat(EvidenceAlignment.coverage(c.anchors(), c.labels(), tau, 0))
                .isEqualTo(AnchorRecall.recall(c.anchors(), c.labels(), 0));
    }

    @Property(tries = 300)
    void iouIsSymmetricAndBounded(@ForAll @DoubleRange(min = 0, max = 10) double a0,
                                  @ForAll @DoubleRange(min = 0, max = 10) double len,
                                  @ForAll @DoubleRange(min = 0, max = 10) double b0) {
        double forward = EvidenceAlignment.iou(a0, a0 + len, b0, b0 + 1);
        assertThat(forward).isBetween(0.0, 1.0).isEqualTo(EvidenceAlignment.iou(b0, b0 + 1, a0, a0 + len));
    }
}

package dev.ltl.eval.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SimulationSpecProperties {

    @Property
    void splitCountsCoverEveryClipAndEverySplitOnceThereAreThree(@ForAll @IntRange(min = 1, max = 5000) int clips,
                                                                  @ForAll @IntRange(min = 1, max = 8) int train,
                                                                  @ForAll @IntRange(min = 1, max = 8) int val,
                                                                  @ForAll @IntRange(min = 1, max = 8) int test) {
        double sum = train + val + test;
        SimulationSpec spec = SimulationSpec.defaults(clips, 0).withSplitFractions(train / sum, val / sum, test / sum);
        int[] counts = spec.splitCounts();
        assertThat(counts[0] + counts[1] + counts[2]).isEqualTo(clips);
        if (clips >= 3) {
            assertThat(counts[0]).isPositive();
            assertThat(counts[1]).isPositive();
            assertThat(counts[2]).isPositive();
        }
        double[] fractions = {train / sum, val / sum, test / sum};
        for (int i = 0; i < 3; i++) {
            assertThat(Math.abs(counts[i] - fractions[i] * clips)).isLessThanOrEqualTo(2.0);
        }
    }

}

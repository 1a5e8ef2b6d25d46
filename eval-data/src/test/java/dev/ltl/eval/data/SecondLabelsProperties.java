package dev.ltl.eval.data;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class SecondLabelsProperties {

    @Property
    void wholeSecondBoundsMarkStartUpToEndExclusive(@ForAll @IntRange(min = 0, max = 10) int start,
                                                    @ForAll @IntRange(min = 0, max = 10) int length) {
        int end = Math.min(10, start + length);
        int[] labels = SecondLabels.of(start, end, 7, 10);
        for (int t = 0; t < 10; t++) {
            assertThat(labels[t]).as("second %d of [%d, %d]", t, start, end).isEqualTo(t >= start && t < end ? 7 : 0);
        }
    }

    @Property
    void fractionalBoundsMarkExactlyTheTouchedSeconds(@ForAll @DoubleRange(min = 0, max = 10) double start,
                                                      @ForAll @DoubleRange(min = 0, max = 10) double length) {
        double end = start + length;
        int[] labels = SecondLabels.of(start, end, 3, 10);
        for (int t = 0; t < 10; t++) {
            boolean touched = length > 0 && t < end && t + 1 > start;
            assertThat(labels[t] == 3).as("second %d of [%s, %s]", t, start, end).isEqualTo(touched);
        }
    }
}

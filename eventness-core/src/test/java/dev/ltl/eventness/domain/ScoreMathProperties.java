package dev.ltl.eventness.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreMathProperties {

    @Property
    void minmaxStaysInUnitIntervalAndKeepsOrder(
            @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = -1e3, max = 1e3) Double> values) {
        double[] s = values.stream().mapToDouble(Double::doubleValue).toArray();
        double[] n = ScoreMath.minmax01(s);
        assertThat(n).hasSize(s.length);
        for (int i = 0; i < s.length; i++) {
            assertThat(n[i]).isBetween(0.0, 1.0);
            for (int j = 0; j < s.length; j++) {
                if (s[i] < s[j]) {
                    assertThat(n[i]).isLessThanOrEqualTo(n[j]);
                }
            }
        }
        double min = java.util.Arrays.stream(s).min().orElseThrow();
        double max = java.util.Arrays.stream(s).max().orElseThrow();
        if (max - min > 1e-12) {
            assertThat(n).contains(0.0, 1.0);
        } else {
            assertThat(n).containsOnly(0.0);
        }
    }
}

package dev.ltl.eval.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PairedBootstrapProperties {

    @Property(tries = 200)
    void intervalIsOrderedAndWithinTheDifferencesRange(
            @ForAll @Size(min = 1, max = 40) int[] raw, @ForAll long seed, @ForAll @IntRange(min = 1, max = 200) int nBoot) {
        double[] diffs = Arrays.stream(raw).mapToDouble(v -> Math.floorMod(v, 3) - 1).toArray();
        BucketSignificance s = PairedBootstrap.significance(diffs, nBoot, seed);
        double min = Arrays.stream(diffs).min().orElseThrow();
        double max = Arrays.stream(diffs).max().orElseThrow();
        assertThat(s.lo()).isLessThanOrEqualTo(s.hi());
        assertThat(s.lo()).isGreaterThanOrEqualTo(min);
        assertThat(s.hi()).isLessThanOrEqualTo(max);
        assertThat(s.pTwoSided()).isBetween(0.0, 1.0);
        assertThat(s.significant()).isEqualTo(diffs.length >= 20 && (s.lo() > 0 || s.hi() < 0));
        BootstrapDelta d = PairedBootstrap.delta(diffs, new double[diffs.length], nBoot, seed);
        assertThat(d.lo()).isEqualTo(s.lo());
        assertThat(d.hi()).isEqualTo(s.hi());
        assertThat(d.mean()).isEqualTo(s.mean());
    }
}

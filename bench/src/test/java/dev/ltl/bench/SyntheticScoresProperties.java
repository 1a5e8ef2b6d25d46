package dev.ltl.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SyntheticScoresProperties {

    @Property(tries = 200)
    void clipsHaveTheAskedShapeAndLieInTheUnitInterval(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int count,
                                                       @ForAll @IntRange(min = 1, max = 30) int seconds) {
        double[][] clips = SyntheticScores.clips(seed, count, seconds);

        assertThat(clips).hasNumberOfRows(count);
        for (double[] clip : clips) {
            assertThat(clip).hasSize(seconds);
            assertThat(Arrays.stream(clip).min().orElseThrow()).isGreaterThanOrEqualTo(0.0);
            assertThat(Arrays.stream(clip).max().orElseThrow()).isLessThanOrEqualTo(1.0);
        }
    }

    @Property(tries = 100)
    void sameSeedSameClips(@ForAll long seed) {
        assertThat(SyntheticScores.clips(seed, 8, 10)).isDeepEqualTo(SyntheticScores.clips(seed, 8, 10));
    }
}

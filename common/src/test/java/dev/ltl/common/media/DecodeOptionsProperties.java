package dev.ltl.common.media;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class DecodeOptionsProperties {

    @Property
    void secondsStayWithinOneAndTheCap(@ForAll @DoubleRange(min = 1e-6, max = 1e5) @Scale(6) double duration,
                                       @ForAll @IntRange(min = -5, max = 100) int maxSeconds) {
        DecodeOptions options = new DecodeOptions(maxSeconds, 0, true, true);
        int seconds = options.resolveSeconds(duration);
        assertThat(seconds).isBetween(1, options.effectiveMaxSeconds());
    }

    @Property
    void everyChosenSecondHasItsMidpointInsideTheMediaUnlessItIsTheSingleMinimum(
            @ForAll @DoubleRange(min = 1e-6, max = 1e4) @Scale(6) double duration,
            @ForAll @IntRange(min = 1, max = 100) int maxSeconds) {
        int seconds = new DecodeOptions(maxSeconds, 0, true, true).resolveSeconds(duration);
        if (seconds > 1) {
            assertThat(seconds - 1 + 0.5).isLessThanOrEqualTo(duration);
        }
        // And T is maximal: one more second would either pass the cap or put its midpoint outside.
        assertThat(seconds == maxSeconds || seconds + 0.5 > duration).isTrue();
    }

    @Property
    void secondsNeverDecreaseAsTheMediaGetsLonger(@ForAll @DoubleRange(min = 1e-6, max = 1e4) @Scale(6) double duration,
                                                  @ForAll @DoubleRange(min = 0, max = 100) double extra) {
        DecodeOptions options = new DecodeOptions(50, 0, true, true);
        assertThat(options.resolveSeconds(duration + extra)).isGreaterThanOrEqualTo(options.resolveSeconds(duration));
    }

    @Property
    void fixedSegmentsIgnoreTheDuration(@ForAll @IntRange(min = 1, max = 600) int segments,
                                        @ForAll @DoubleRange(min = 1e-6, max = 1e4) @Scale(6) double duration) {
        assertThat(new DecodeOptions(0, segments, true, true).resolveSeconds(duration)).isEqualTo(segments);
    }
}

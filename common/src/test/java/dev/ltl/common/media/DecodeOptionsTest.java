package dev.ltl.common.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecodeOptionsTest {

    @ParameterizedTest(name = "duration {0} s, maxSeconds {1} -> T = {2}")
    @CsvSource({
            "10.0, 10, 10",
            "10.046, 10, 10",     // AVE clip with a slightly long AAC track
            "9.6, 10, 10",        // midpoint 9.5 lies inside
            "9.4, 10, 9",         // midpoint 9.5 lies outside
            "9.5, 10, 10",        // floor(9.5 + 0.5): a midpoint exactly at the end counts
            "0.3, 10, 1",         // non-empty media gives at least one second
            "25.0, 10, 10",       // capped
            "25.0, 0, 10",        // maxSeconds <= 0 means 10
            "25.0, -3, 10",
            "25.0, 30, 25",
            "3.2, 2, 2",
    })
    void secondsFollowMidpointsInsideTheMediaCappedByMaxSeconds(double duration, int maxSeconds, int expected) {
        assertThat(new DecodeOptions(maxSeconds, 0, true, true).resolveSeconds(duration)).isEqualTo(expected);
    }

    @Test
    void positiveNumSegmentsFixesTRegardlessOfDuration() {
        DecodeOptions fixed = new DecodeOptions(3, 10, true, false);
        assertThat(fixed.resolveSeconds(2.0)).isEqualTo(10);
        assertThat(fixed.resolveSeconds(47.0)).isEqualTo(10);
        assertThat(fixed.secondsUpperBound()).isEqualTo(10);
    }

    @Test
    void referenceProtocolIsTenSecondsOfAudioAndFrames() {
        DecodeOptions reference = DecodeOptions.reference();
        assertThat(reference.numSegments()).isEqualTo(10);
        assertThat(reference.wantAudio()).isTrue();
        assertThat(reference.wantFrames()).isTrue();
    }

    @Test
    void nonPositiveOrNonFiniteDurationIsRejectedWithoutFixedSegments() {
        DecodeOptions byDuration = DecodeOptions.audioOnly(10);
        assertThatThrownBy(() -> byDuration.resolveSeconds(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> byDuration.resolveSeconds(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> byDuration.resolveSeconds(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void absurdSecondCountsAreRefused() {
        assertThatThrownBy(() -> new DecodeOptions(0, DecodeOptions.LIMIT_SECONDS + 1, true, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numSegments");
        assertThatThrownBy(() -> new DecodeOptions(DecodeOptions.LIMIT_SECONDS + 1, 0, true, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.ltl.eventness.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecondWindowsTest {

    @Test
    void twoSecondWindowsAreCentredAndShiftedInsideTheClip() {
        // 10 s at 100 frames/s: second t's centre is frame 100t + 50; a 200-frame window starts 100 earlier.
        assertThat(SecondWindows.start(0, 100, 200, 1000)).isZero();
        assertThat(SecondWindows.start(1, 100, 200, 1000)).isEqualTo(50);
        assertThat(SecondWindows.start(5, 100, 200, 1000)).isEqualTo(450);
        assertThat(SecondWindows.start(9, 100, 200, 1000)).isEqualTo(800);
        assertThat(SecondWindows.length(200, 1000)).isEqualTo(200);
    }

    @Test
    void aClipShorterThanTheWindowIsUsedWhole() {
        assertThat(SecondWindows.length(200, 100)).isEqualTo(100);
        assertThat(SecondWindows.start(0, 100, 200, 100)).isZero();
    }

    @Test
    void oneSecondWindowsAreTheSecondsThemselves() {
        for (int t = 0; t < 10; t++) {
            assertThat(SecondWindows.start(t, 100, 100, 1000)).isEqualTo(100 * t);
        }
    }

    @Test
    void badArgumentsAreRejected() {
        assertThatThrownBy(() -> SecondWindows.start(-1, 100, 200, 1000)).hasMessageContaining("second");
        assertThatThrownBy(() -> SecondWindows.length(0, 1000)).hasMessageContaining("contextFrames");
    }
}

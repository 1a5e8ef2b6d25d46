package dev.ltl.planner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PythonRandomTest {

    @Test
    void seedZeroReproducesThePythonSampleSequence() {
        PythonRandom random = new PythonRandom(0);
        assertThat(random.sample(10, 2)).containsExactly(6, 9);
        assertThat(random.sample(10, 2)).containsExactly(0, 4);
        assertThat(random.sample(10, 2)).containsExactly(8, 7);
        assertThat(random.sample(10, 2)).containsExactly(6, 4);
    }

    @Test
    void seedOneReproducesThePythonSampleSequence() {
        PythonRandom random = new PythonRandom(1);
        assertThat(random.sample(10, 2)).containsExactly(2, 1);
        assertThat(random.sample(10, 2)).containsExactly(4, 1);
    }

    @Test
    void negativeSeedsUseTheAbsoluteValue() {
        assertThat(new PythonRandom(-1).sample(10, 2)).containsExactly(2, 1);
    }

    @Test
    void firstOutputsMatchCPythonForSeedZero() {
        // Values printed by CPython 3.11: Random(0).getrandbits(32), Random(0).random().
        assertThat(new PythonRandom(0).getrandbits(32)).isEqualTo(3626764237L);
        assertThat(new PythonRandom(0).random()).isEqualTo(0.8444218515250481);
    }

    @Test
    void largeSeedsUseTwoKeyWordsLikeCPython() {
        assertThat(new PythonRandom(5L).getrandbits(32)).isEqualTo(2675342405L);
        assertThat(new PythonRandom((1L << 32) | 5L).getrandbits(32)).isEqualTo(675479763L);
        // Long.MIN_VALUE stands for |seed| = 2^63: Random(1 << 63).sample(range(10), 3), getrandbits(40).
        PythonRandom huge = new PythonRandom(Long.MIN_VALUE);
        assertThat(huge.sample(10, 3)).containsExactly(8, 6, 3);
        assertThat(huge.getrandbits(40)).isEqualTo(1066191247082L);
    }

    @Test
    void sampleMatchesCPythonForThePoolAndTheSetAlgorithm() {
        PythonRandom random = new PythonRandom(42);
        assertThat(random.sample(10, 10)).containsExactly(1, 0, 4, 9, 6, 5, 8, 2, 3, 7);
        // n = 1000 > setsize: Python's rejection-set algorithm.
        assertThat(random.sample(1000, 30)).containsExactly(32, 30, 95, 223, 238, 517, 616, 27, 574, 203,
                733, 665, 718, 558, 429, 225, 459, 603, 284, 828, 890, 6, 777, 825, 163, 714, 432, 348, 159, 220);
    }

    @Test
    void sampleLargerThanPopulationIsRejected() {
        assertThatThrownBy(() -> new PythonRandom(0).sample(3, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.ltl.planner.domain.epic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-checked selections (expected values from a numpy/python transcription of spec §6). */
class EpicSelectionsTest {

    @Test
    void uniformIsCentredStratified() {
        // floor((i + 0.5) * 30 / 8) for i = 0..7
        assertThat(EpicSelections.uniform(30, 8)).containsExactly(1, 5, 9, 13, 16, 20, 24, 28);
    }

    @Test
    void uniformTakesEverySecondWhenTheVideoIsShorterThanTheBudget() {
        assertThat(EpicSelections.uniform(7, 10)).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void randomReplaysPythonsSampleSeededByMd5OfTheVideoId() {
        // sorted(random.Random(int.from_bytes(md5(vid)[:8], "little")).sample(range(30), 8))
        assertThat(EpicSelections.random(30, 8, EpicSeeds.videoSeed("vid7"))).containsExactly(1, 2, 15, 16, 17, 20, 22, 24);
        // This seed is >= 2^63: it must be read unsigned.
        assertThat(EpicSelections.random(30, 8, EpicSeeds.videoSeed("P01_01"))).containsExactly(3, 6, 8, 9, 10, 12, 13, 23);
    }

    @Test
    void md5SeedIsLittleEndianUnsigned() {
        assertThat(EpicSeeds.videoSeed("vid7")).isEqualTo(8070097434887976934L);
        assertThat(Long.toUnsignedString(EpicSeeds.videoSeed("P01_01"))).isEqualTo("16186315062075913895");
    }

    @Test
    void hybridTakesTheAnchorWindowThenEveryFifthSecondThenTheEarliest() {
        assertThat(EpicSelections.hybrid(20, List.of(10), 10)).containsExactly(8, 9, 10, 11, 12, 0, 5, 15, 1, 2);
    }

    @Test
    void hybridClipsWindowsAtTheEnds() {
        assertThat(EpicSelections.hybrid(12, List.of(0, 11), 10)).containsExactly(0, 1, 2, 9, 10, 11, 5, 3, 4, 6);
    }

    @Test
    void hybridWithoutAnchorsIsTheBackgroundThenTheEarliest() {
        assertThat(EpicSelections.hybrid(12, List.of(), 4)).containsExactly(0, 5, 10, 1);
    }

    @Test
    void topAnchorsBreakTiesByTheEarlierSecond() {
        assertThat(EpicSelections.topAnchors(new double[] {1, 3, 3, 0, 2}, 3)).containsExactly(1, 2, 4);
    }
}

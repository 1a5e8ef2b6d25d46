package dev.ltl.vlm.domain.qwen;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hand-computed from Qwen2-VL's get_rope_index rule (see {@link MropePositions}). */
class MropePositionsTest {

    private static final int VS = 100;
    private static final int PAD = 101;
    private static final int VE = 102;

    @Test
    void textOnlyCountsUpOnAllAxes() {
        long[][] pos = MropePositions.compute(new int[] {5, 6, 7}, List.of(), PAD, VS, 2);

        for (long[] axis : pos) {
            assertThat(axis).containsExactly(0, 1, 2);
        }
        assertThat(MropePositions.ropeDelta(pos)).isZero();
    }

    @Test
    void oneImageWithATwoByThreeMergedGrid() {
        // text, vision_start, 6 pads (grid 1×4×6 patches → 2×3 merged), vision_end, text
        int[] ids = {5, VS, PAD, PAD, PAD, PAD, PAD, PAD, VE, 6};
        long[][] pos = MropePositions.compute(ids, List.of(new int[] {1, 4, 6}), PAD, VS, 2);

        assertThat(pos[0]).containsExactly(0, 1, 2, 2, 2, 2, 2, 2, 5, 6);
        assertThat(pos[1]).containsExactly(0, 1, 2, 2, 2, 3, 3, 3, 5, 6);
        assertThat(pos[2]).containsExactly(0, 1, 2, 3, 4, 2, 3, 4, 5, 6);
        // max 6 + 1 − 10 tokens
        assertThat(MropePositions.ropeDelta(pos)).isEqualTo(-3);
        // The next (generated) token sits at sequence index 10 → position 7.
        assertThat(MropePositions.decodePosition(10, -3)).isEqualTo(7);
    }

    @Test
    void imageAtTheStartMatchesTheVovnetDescription() {
        // vovnet.md §1.6: vision_start (0,0,0); token (r, c) → (1, 1+r, 1+c); vision_end max(H′, W′)+1.
        int[] ids = {VS, PAD, PAD, PAD, PAD, VE};
        long[][] pos = MropePositions.compute(ids, List.of(new int[] {1, 4, 4}), PAD, VS, 2);

        assertThat(pos[0]).containsExactly(0, 1, 1, 1, 1, 3);
        assertThat(pos[1]).containsExactly(0, 1, 1, 2, 2, 3);
        assertThat(pos[2]).containsExactly(0, 1, 2, 1, 2, 3);
    }

    @Test
    void twoImagesContinueFromEachOther() {
        // image 1: grid 1×2×4 → 1×2 merged; image 2: grid 1×4×4 → 2×2 merged
        int[] ids = {VS, PAD, PAD, VE, VS, PAD, PAD, PAD, PAD, VE, 9};
        long[][] pos = MropePositions.compute(ids, List.of(new int[] {1, 2, 4}, new int[] {1, 4, 4}), PAD, VS, 2);

        assertThat(pos[0]).containsExactly(0, 1, 1, 3, 4, 5, 5, 5, 5, 7, 8);
        assertThat(pos[1]).containsExactly(0, 1, 1, 3, 4, 5, 5, 6, 6, 7, 8);
        assertThat(pos[2]).containsExactly(0, 1, 2, 3, 4, 5, 6, 5, 6, 7, 8);
        assertThat(MropePositions.ropeDelta(pos)).isEqualTo(-2);
    }

    @Test
    void rejectsBlocksThatDisagreeWithTheGrids() {
        int[] ids = {VS, PAD, PAD, VE};
        assertThatThrownBy(() -> MropePositions.compute(ids, List.of(), PAD, VS, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MropePositions.compute(ids, List.of(new int[] {1, 2, 2}), PAD, VS, 2))
                .as("one merged token expected, two pads present").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MropePositions.compute(ids, List.of(new int[] {1, 4, 4}), PAD, VS, 2))
                .as("four pads expected").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MropePositions.compute(new int[] {5, PAD}, List.of(new int[] {1, 2, 2}), PAD, VS, 2))
                .as("pad without vision start").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MropePositions.compute(ids, List.of(new int[] {1, 2, 4}, new int[] {1, 2, 4}), PAD, VS, 2))
                .as("grid without block").isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.ltl.planner.domain.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorShiftTest {

    @Test
    void anchorPushedOutOfTheClipIsDroppedNotReplaced() {
        assertThat(AnchorShift.apply(List.of(8, 9), 1, 10)).containsExactly(9);
    }

    @Test
    void negativeShiftMovesEarlierAndDropsBelowZero() {
        assertThat(AnchorShift.apply(List.of(0, 5), -1, 10)).containsExactly(4);
    }

    @Test
    void orderIsPreservedAndDuplicatesDropped() {
        assertThat(AnchorShift.apply(List.of(5, 2, 5), 2, 10)).containsExactly(7, 4);
    }

    @Test
    void shiftCanEmptyTheList() {
        assertThat(AnchorShift.apply(List.of(9), 3, 10)).isEmpty();
    }
}

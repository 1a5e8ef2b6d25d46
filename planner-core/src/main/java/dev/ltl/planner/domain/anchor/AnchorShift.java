package dev.ltl.planner.domain.anchor;

import java.util.ArrayList;
import java.util.List;

/** §3.5.6: moves anchors in time; anchors pushed out of range or onto a kept anchor are dropped. */
public final class AnchorShift {
    private AnchorShift() {
    }

    /**
     * Adds {@code shift} to every anchor (positive = later), keeps the order, drops anchors
     * outside [0, n−1] and duplicates of anchors already kept, and draws no replacement.
     * Example: [8, 9] shifted by +1 in 10 seconds becomes [9].
     */
    public static List<Integer> apply(List<Integer> anchors, int shift, int n) {
        List<Integer> kept = new ArrayList<>();
        for (int anchor : anchors) {
            int moved = anchor + shift;
            if (moved >= 0 && moved < n && !kept.contains(moved)) {
                kept.add(moved);
            }
        }
        return List.copyOf(kept);
    }
}

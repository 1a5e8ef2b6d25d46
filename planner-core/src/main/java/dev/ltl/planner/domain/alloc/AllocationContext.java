package dev.ltl.planner.domain.alloc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything a base allocation looks at (§3.8.1).
 *
 * @param numSegments N
 * @param anchors     unique anchors in input order
 * @param high        the high set: the first k_high unique anchors
 * @param allocation  the base allocation in use
 * @param scores      raw, unshifted Stage-1 scores (used by {@code score} only)
 */
public record AllocationContext(int numSegments, List<Integer> anchors, List<Integer> high,
                                BaseAllocation allocation, double[] scores) {
    public AllocationContext {
        anchors = List.copyOf(anchors);
        high = List.copyOf(high);
        if (allocation.kind() == AllocationKind.SCORE && (scores == null || scores.length < numSegments)) {
            throw new IllegalArgumentException("score allocation needs at least " + numSegments + " scores");
        }
    }

    /** Base-centre set C: the high set for {@code *_high} allocations (when non-empty), else all anchors. */
    public List<Integer> centres() {
        return allocation.highCentresOnly() && !high.isEmpty() ? high : anchors;
    }

    /** Centres in ascending order (the round-robin order of {@code balanced}). */
    List<Integer> centresAscending() {
        List<Integer> sorted = new ArrayList<>(centres());
        Collections.sort(sorted);
        return sorted;
    }

    /** min over centres of |i − c|; 0 everywhere when there are no centres (orders fall back to index). */
    public int distance(int second) {
        int best = Integer.MAX_VALUE;
        for (int c : centres()) {
            best = Math.min(best, Math.abs(second - c));
        }
        return centres().isEmpty() ? 0 : best;
    }

    public boolean isHigh(int second) {
        return high.contains(second);
    }

    /** The non-high seconds in ascending order. */
    public List<Integer> candidates() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < numSegments; i++) {
            if (!isHigh(i)) {
                out.add(i);
            }
        }
        return out;
    }
}

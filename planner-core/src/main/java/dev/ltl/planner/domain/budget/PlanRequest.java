package dev.ltl.planner.domain.budget;

import dev.ltl.planner.domain.alloc.BaseAllocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Input of the anchored budget planners (§3.8.3 and §3.8.5).
 *
 * @param numSegments      N, the number of seconds
 * @param anchors          anchors, highest-scored first (duplicates and out-of-range values are ignored)
 * @param scores           raw Stage-1 scores (for {@code score} allocation)
 * @param allocation       base allocation
 * @param lowRes           low resolution
 * @param baseRes          base resolution; the budget is N·tok(base)
 * @param highRes          high resolution
 * @param maxHigh          cap on high seconds, or null
 * @param patchSize        token patch size
 * @param extraResolutions band mode: extra non-high options
 * @param epsilonFrac      band mode: allowed under-spend fraction ε
 */
public record PlanRequest(int numSegments, List<Integer> anchors, double[] scores, BaseAllocation allocation,
                          int lowRes, int baseRes, int highRes, Integer maxHigh, int patchSize,
                          List<Integer> extraResolutions, double epsilonFrac) {
    public PlanRequest {
        anchors = List.copyOf(anchors);
        extraResolutions = List.copyOf(extraResolutions);
    }

    /** Anchors converted to the unique in-range list, keeping the first occurrence (§3.8.1). */
    public List<Integer> uniqueAnchors() {
        List<Integer> unique = new ArrayList<>();
        for (int a : anchors) {
            if (a >= 0 && a < numSegments && !unique.contains(a)) {
                unique.add(a);
            }
        }
        return unique;
    }

    /** The token budget T = N·tok(base). */
    public long budget() {
        return numSegments * TokenCost.of(baseRes, patchSize);
    }

    public long cost(int resolution) {
        return TokenCost.of(resolution, patchSize);
    }
}

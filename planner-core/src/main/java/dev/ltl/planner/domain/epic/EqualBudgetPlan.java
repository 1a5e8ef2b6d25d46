package dev.ltl.planner.domain.epic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The equal-budget 448/224/112 plan over N selected seconds (the reference's exact planner with
 * the {@code distance} base allocation, ltl-ave-reference.md §3.8.3): k_high = min(#anchors,
 * N // 5) anchors at 448, N − 5·k_high seconds at 224, the other 4·k_high at 112, so the plan
 * costs exactly N · 196 tokens.
 *
 * <p>[QUIRK] Like the reference, the plan works on <em>positions</em> in the selection's
 * priority order, not on seconds: the anchors are the positions holding an anchor second in
 * ascending position order (so the high set is the earliest-placed anchors, not the best-scored
 * ones), and "nearest" for the 224 share is |position − anchor position|, ties to the earlier
 * position.
 */
public final class EqualBudgetPlan {
    /** ρ = (tok(448) − tok(112)) / (tok(224) − tok(112)) = 5 seconds' worth per high second. */
    public static final int HIGH_COST_IN_STEPS = (EpicTokens.tokens(EpicTokens.HIGH_RES) - EpicTokens.tokens(EpicTokens.LOW_RES))
            / (EpicTokens.tokens(EpicTokens.BASE_RES) - EpicTokens.tokens(EpicTokens.LOW_RES));

    private EqualBudgetPlan() {
    }

    /**
     * Resolutions per position of {@code prioritySeconds}.
     *
     * @param prioritySeconds the selection in priority order
     * @param anchorSeconds   the anchor seconds (any order; those not selected are ignored)
     */
    public static int[] resolutions(List<Integer> prioritySeconds, List<Integer> anchorSeconds) {
        int n = prioritySeconds.size();
        Set<Integer> anchorSet = new LinkedHashSet<>(anchorSeconds);
        List<Integer> anchorPositions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (anchorSet.contains(prioritySeconds.get(i))) {
                anchorPositions.add(i);
            }
        }
        int kHigh = Math.min(anchorPositions.size(), n / HIGH_COST_IN_STEPS);
        int numBase = n - HIGH_COST_IN_STEPS * kHigh;
        int[] resolutions = new int[n];
        Arrays.fill(resolutions, EpicTokens.LOW_RES);
        Set<Integer> high = new LinkedHashSet<>(anchorPositions.subList(0, kHigh));
        high.forEach(i -> resolutions[i] = EpicTokens.HIGH_RES);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!high.contains(i)) {
                candidates.add(i);
            }
        }
        // Base centres are all anchors, not only the high ones (the allocation is "distance", not "distance_high").
        candidates.sort(Comparator.<Integer>comparingInt(i -> distance(i, anchorPositions)).thenComparingInt(i -> i));
        candidates.subList(0, numBase).forEach(i -> resolutions[i] = EpicTokens.BASE_RES);
        return resolutions;
    }

    /** |i − nearest anchor position|; 0 for all when there are no anchors (order by position). */
    private static int distance(int position, List<Integer> anchorPositions) {
        int best = anchorPositions.isEmpty() ? 0 : Integer.MAX_VALUE;
        for (int anchor : anchorPositions) {
            best = Math.min(best, Math.abs(position - anchor));
        }
        return best;
    }
}

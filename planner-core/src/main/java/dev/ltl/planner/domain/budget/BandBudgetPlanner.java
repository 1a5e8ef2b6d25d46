package dev.ltl.planner.domain.budget;

import dev.ltl.planner.domain.InfeasiblePlanException;
import dev.ltl.planner.domain.alloc.AllocationContext;
import dev.ltl.planner.domain.alloc.BandCandidateOrder;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Band planner (§3.8.5): spends between T(1−ε) and T = N·tok(base) tokens. High seconds are
 * fixed first; the other seconds choose among the non-high options by an exact-cost dynamic
 * programme that maximises Σ w_j·level(r_j), where earlier seconds in the allocation order
 * have larger weights w_j = n − j.
 *
 * <p>Cost: O(n · T · |options|) time and n·(T+1) bytes of back-pointers.
 */
public final class BandBudgetPlanner {
    /** Slack on the lower bound so that T(1−ε) − H rounding noise does not reject an exact fit. */
    private static final double LOWER_BOUND_SLACK = 1e-9;
    private static final long UNREACHABLE = Long.MIN_VALUE;
    /** Levels are stored in a byte per DP cell. */
    private static final int MAX_OPTIONS = Byte.MAX_VALUE;
    /** Upper bound on DP back-pointer cells (bytes), far above any per-clip use (N = 10: ~20k). */
    private static final long MAX_DP_CELLS = 1L << 28;

    private BandBudgetPlanner() {
    }

    public static int[] plan(PlanRequest request) {
        if (request.epsilonFrac() < 0) {
            throw new InfeasiblePlanException("budget_epsilon_frac", "budget_epsilon_frac must be >= 0");
        }
        int n = request.numSegments();
        int[] options = options(request);
        if (options.length > MAX_OPTIONS) {
            throw new InfeasiblePlanException("budget_extra_resolutions",
                    "at most " + MAX_OPTIONS + " band options are supported, got " + options.length);
        }
        long[] optionCost = Arrays.stream(options).mapToLong(request::cost).toArray();
        long budget = request.budget();
        double lowerBound = budget * (1.0 - request.epsilonFrac());

        List<Integer> unique = request.uniqueAnchors();
        int kHigh = highCount(request, unique.size(), optionCost[0]);
        long highCost = kHigh * request.cost(request.highRes());
        List<Integer> high = unique.subList(0, kHigh);

        int[] resolutions = new int[n];
        high.forEach(i -> resolutions[i] = request.highRes());
        AllocationContext ctx = new AllocationContext(n, unique, high, request.allocation(), request.scores());
        List<Integer> order = BandCandidateOrder.order(ctx);
        if (order.isEmpty()) {
            return resolutions;
        }
        long maxRest = budget - highCost;
        long minRest = Math.max(0, (long) Math.ceil(lowerBound - highCost - LOWER_BOUND_SLACK));
        if ((long) order.size() * (maxRest + 1) > MAX_DP_CELLS) {
            throw new InfeasiblePlanException("budget_mode", "band planning of " + n
                    + " seconds exceeds the DP size limit; plan shorter windows or use exact mode");
        }
        int[] choice = solve(order.size(), optionCost, minRest, maxRest);
        if (choice == null) {
            throw new InfeasiblePlanException("budget_epsilon_frac", "no feasible plan in budget band ["
                    + lowerBound + ", " + budget + "] tokens with " + kHigh + " high seconds and options "
                    + Arrays.toString(options) + "; widen budget_epsilon_frac or add budget_extra_resolutions");
        }
        for (int j = 0; j < order.size(); j++) {
            resolutions[order.get(j)] = options[choice[j]];
        }
        long total = TokenCost.total(resolutions, request.patchSize());
        if (total > budget || total < lowerBound - LOWER_BOUND_SLACK) {
            throw new IllegalStateException("band plan spends " + total + " tokens outside the band");
        }
        return resolutions;
    }

    /**
     * O = sorted unique({low, base} ∪ extras) minus {high}, with base added back if it was the
     * high resolution. Sorted ascending, which is also ascending cost, so index = level.
     * [QUIRK] Extras above base stay in O.
     */
    static int[] options(PlanRequest request) {
        TreeSet<Integer> set = new TreeSet<>(request.extraResolutions());
        set.add(request.lowRes());
        set.add(request.baseRes());
        set.remove(request.highRes());
        set.add(request.baseRes());
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Start with every anchor, capped by M, and drop highs while even the cheapest rest overspends. */
    private static int highCount(PlanRequest request, int anchors, long cheapestOption) {
        int kHigh = request.maxHigh() == null ? anchors : Math.min(anchors, request.maxHigh());
        long costHigh = request.cost(request.highRes());
        while (kHigh > 0
                && kHigh * costHigh + (request.numSegments() - kHigh) * cheapestOption > request.budget()) {
            kHigh--;
        }
        return kHigh;
    }

    /**
     * Layered DP over exact running cost. Transition order matters for ties: candidates in
     * order, costs ascending, options by ascending cost, strict improvement only; the final
     * cost is the best utility in [minRest, maxRest] with ties to the larger cost.
     *
     * @return the option index per candidate, or null when no cost in the band is reachable
     */
    private static int[] solve(int count, long[] optionCost, long minRest, long maxRest) {
        if (maxRest < 0 || minRest > maxRest) {
            return null;
        }
        int cells = Math.toIntExact(maxRest + 1);
        long[] best = new long[cells];
        Arrays.fill(best, UNREACHABLE);
        best[0] = 0;
        byte[][] back = new byte[count][cells];
        for (int j = 0; j < count; j++) {
            long weight = count - j;
            long[] next = new long[cells];
            Arrays.fill(next, UNREACHABLE);
            Arrays.fill(back[j], (byte) -1);
            for (int b = 0; b < cells; b++) {
                if (best[b] == UNREACHABLE) {
                    continue;
                }
                for (int level = 0; level < optionCost.length; level++) {
                    long target = b + optionCost[level];
                    if (target > maxRest) {
                        break;
                    }
                    long utility = best[b] + weight * level;
                    if (utility > next[(int) target]) {
                        next[(int) target] = utility;
                        back[j][(int) target] = (byte) level;
                    }
                }
            }
            best = next;
        }
        int end = -1;
        for (int b = (int) minRest; b < cells; b++) {
            if (best[b] != UNREACHABLE && (end < 0 || best[b] >= best[end])) {
                end = b;
            }
        }
        if (end < 0) {
            return null;
        }
        int[] choice = new int[count];
        int cost = end;
        for (int j = count - 1; j >= 0; j--) {
            choice[j] = back[j][cost];
            cost -= (int) optionCost[choice[j]];
        }
        return choice;
    }
}

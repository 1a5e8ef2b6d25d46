package dev.ltl.planner.domain.budget;

import dev.ltl.planner.domain.InfeasiblePlanException;
import dev.ltl.planner.domain.alloc.AllocationContext;
import dev.ltl.planner.domain.alloc.ExactBaseChoice;
import java.util.Arrays;
import java.util.List;

/**
 * Exact planner (§3.8.3): spends exactly N·tok(base). Each high second costs ρ = Δ_h/Δ_b base
 * upgrades, so h high seconds leave N − ρh base and (ρ − 1)h low seconds.
 */
public final class ExactBudgetPlanner {
    private ExactBudgetPlanner() {
    }

    /** Whether the triad's cost steps fail to divide (the "cannot exactly match budget" case). */
    public static boolean cannotMatchExactly(PlanRequest request) {
        long stepBase = request.cost(request.baseRes()) - request.cost(request.lowRes());
        long stepHigh = request.cost(request.highRes()) - request.cost(request.lowRes());
        return stepBase > 0 && stepHigh > 0 && stepHigh % stepBase != 0;
    }

    public static int[] plan(PlanRequest request) {
        long costLow = request.cost(request.lowRes());
        long stepBase = request.cost(request.baseRes()) - costLow;
        long stepHigh = request.cost(request.highRes()) - costLow;
        if (stepBase <= 0) {
            throw new InfeasiblePlanException("low_res", "base resolution " + request.baseRes()
                    + " must cost more tokens than low resolution " + request.lowRes());
        }
        if (stepHigh <= 0) {
            throw new InfeasiblePlanException("high_res", "high resolution " + request.highRes()
                    + " must cost more tokens than low resolution " + request.lowRes());
        }
        if (stepHigh % stepBase != 0) {
            throw new InfeasiblePlanException("budget_mode", "cannot exactly match budget with triad "
                    + request.lowRes() + "/" + request.baseRes() + "/" + request.highRes()
                    + " (high step " + stepHigh + " is not a multiple of base step " + stepBase
                    + "); use budget_mode band or auto");
        }
        int rho = (int) (stepHigh / stepBase);
        int n = request.numSegments();
        List<Integer> unique = request.uniqueAnchors();
        int kHigh = Math.min(unique.size(), n / rho);
        if (request.maxHigh() != null) {
            kHigh = Math.min(kHigh, request.maxHigh());
        }
        int numBase = n - rho * kHigh;

        int[] resolutions = new int[n];
        Arrays.fill(resolutions, request.lowRes());
        List<Integer> high = unique.subList(0, kHigh);
        high.forEach(i -> resolutions[i] = request.highRes());
        AllocationContext ctx = new AllocationContext(n, unique, high, request.allocation(), request.scores());
        ExactBaseChoice.choose(ctx, numBase).forEach(i -> resolutions[i] = request.baseRes());

        long total = TokenCost.total(resolutions, request.patchSize());
        if (total != request.budget()) {
            throw new IllegalStateException("exact plan spends " + total + " tokens, budget " + request.budget());
        }
        return resolutions;
    }
}

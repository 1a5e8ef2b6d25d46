package dev.ltl.planner.domain.budget;

/** Dispatches to the exact or band planner according to {@code budget_mode}. */
public final class BudgetPlanner {
    private BudgetPlanner() {
    }

    /**
     * {@code auto} follows the reference's Pareto runner: exact, unless exact would fail with
     * "cannot exactly match budget", in which case band.
     */
    public static int[] plan(PlanRequest request, BudgetMode mode) {
        return switch (mode) {
            case EXACT -> ExactBudgetPlanner.plan(request);
            case BAND -> BandBudgetPlanner.plan(request);
            case AUTO -> ExactBudgetPlanner.cannotMatchExactly(request)
                    ? BandBudgetPlanner.plan(request)
                    : ExactBudgetPlanner.plan(request);
        };
    }

    /** The all-one-resolution plan (uniform baselines). */
    public static int[] uniform(int numSegments, int resolution) {
        int[] resolutions = new int[numSegments];
        java.util.Arrays.fill(resolutions, resolution);
        return resolutions;
    }
}

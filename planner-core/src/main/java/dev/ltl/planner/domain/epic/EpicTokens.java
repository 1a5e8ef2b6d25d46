package dev.ltl.planner.domain.epic;

/**
 * The resolution triad of the EPIC plan and its token costs: a square frame of r pixels costs
 * (r / 16)² tokens, so 112 / 224 / 448 cost 49 / 196 / 784. One high second costs as much as
 * five base seconds once four seconds drop to low (784 + 4·49 = 5·196), which is what keeps the
 * anchored plan exactly on budget.
 */
public final class EpicTokens {
    public static final int LOW_RES = 112;
    public static final int BASE_RES = 224;
    public static final int HIGH_RES = 448;
    public static final int PATCH_SIZE = 16;
    /** Tokens of one second at the base resolution: the unit of the step budget. */
    public static final int TOKENS_PER_STEP = tokens(BASE_RES);

    private EpicTokens() {
    }

    public static int tokens(int resolution) {
        int side = resolution / PATCH_SIZE;
        return side * side;
    }

    /** The budget of a run: max_steps seconds at the base resolution. */
    public static long budget(int maxSteps) {
        return (long) maxSteps * TOKENS_PER_STEP;
    }
}

package dev.ltl.planner.domain.budget;

import dev.ltl.planner.domain.config.WireNamed;

/** How the token budget is met ({@code budget_mode}). */
public enum BudgetMode implements WireNamed {
    /** Exactly N·tok(base) with the three triad resolutions (§3.8.3). */
    EXACT("exact"),
    /** Within [T(1−ε), T] with a DP over low, base and extra resolutions (§3.8.5). */
    BAND("band"),
    /** Exact when the triad allows it, otherwise band (the reference's Pareto runner, §5.12). */
    AUTO("auto");

    private final String wireName;

    BudgetMode(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}

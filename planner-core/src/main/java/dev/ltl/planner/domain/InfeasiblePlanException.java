package dev.ltl.planner.domain;

/**
 * The configuration is valid on its own but no plan meets the token budget, e.g. an exact-mode
 * triad whose cost steps do not divide ({@code "budget_mode"}) or a band too narrow for the
 * available resolutions ({@code "budget_epsilon_frac"}).
 */
public class InfeasiblePlanException extends PlanningException {
    public InfeasiblePlanException(String key, String message) {
        super(key, message);
    }

    /** The configuration key whose value makes the plan infeasible (same as {@link #field()}). */
    public String key() {
        return field();
    }
}

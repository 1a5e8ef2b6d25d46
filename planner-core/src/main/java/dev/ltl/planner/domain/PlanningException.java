package dev.ltl.planner.domain;

/**
 * Base of every error the planner reports about its input. {@link #field()} names the
 * offending configuration key or request field (reference spelling, snake_case), so an API
 * adapter can turn any planning error into a field violation without knowing its subtype.
 */
public abstract class PlanningException extends IllegalArgumentException {
    private final String field;

    protected PlanningException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The configuration key or request field at fault, e.g. {@code "anchor_select"} or {@code "scores"}. */
    public String field() {
        return field;
    }
}

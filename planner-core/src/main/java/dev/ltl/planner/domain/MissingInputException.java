package dev.ltl.planner.domain;

/** The request lacks an input that this configuration and baseline need (e.g. {@code "visual_scores"}). */
public class MissingInputException extends PlanningException {
    public MissingInputException(String field, String message) {
        super(field, message);
    }
}

package dev.ltl.planner.domain;

/** A request field is present but unusable: empty or non-finite scores, labels of the wrong length, anchors out of range. */
public class InvalidInputException extends PlanningException {
    public InvalidInputException(String field, String message) {
        super(field, message);
    }
}

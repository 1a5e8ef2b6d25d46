package dev.ltl.planner.domain;

/** A configuration key is unknown, has the wrong type, or holds a value outside its allowed range. */
public class InvalidConfigException extends PlanningException {
    public InvalidConfigException(String key, String message) {
        super(key, message);
    }

    /** The configuration key at fault (same as {@link #field()}). */
    public String key() {
        return field();
    }
}

package dev.ltl.orchestrator.api;

/** A run option is missing, of the wrong type or out of range; {@link #option()} names it. */
public final class InvalidRunOptionException extends IllegalArgumentException {
    private final String option;

    public InvalidRunOptionException(String option, String message) {
        super(message.contains(option) ? message : option + ": " + message);
        this.option = option;
    }

    /** The option at fault, with the snake_case name a client sends (e.g. {@code seeds}). */
    public String option() {
        return option;
    }
}

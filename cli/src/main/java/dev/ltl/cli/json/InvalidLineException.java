package dev.ltl.cli.json;

/**
 * An input line that cannot be turned into a request: not JSON, not an object, or a required field
 * missing or of the wrong type. The batch reports it as {@code INVALID_ARGUMENT} for that line and
 * goes on without sending anything.
 */
public final class InvalidLineException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidLineException(String message) {
        super(message);
    }
}

package dev.ltl.relevance.domain;

/**
 * A provider cannot run because a model it needs is not configured, missing or failed to load
 * (a server-side precondition, not a bad request). Names the model and the request field that could
 * have avoided it, if any (e.g. {@code transcript} instead of an ASR model).
 */
public class ProviderNotReadyException extends RuntimeException {
    private final String field;

    public ProviderNotReadyException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field that would make the model unnecessary, or {@code "provider"}. */
    public String field() {
        return field;
    }
}

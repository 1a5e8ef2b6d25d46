package dev.ltl.vlm.domain.answer;

/** The model runtime or remote backend failed while answering (maps to INTERNAL / UNAVAILABLE). */
public final class AnswerBackendException extends RuntimeException {
    private final boolean unavailable;

    public AnswerBackendException(String message, Throwable cause, boolean unavailable) {
        super(message, cause);
        this.unavailable = unavailable;
    }

    /** True when the backend could not be reached (retryable), false for an internal failure. */
    public boolean unavailable() {
        return unavailable;
    }
}

package dev.ltl.vlm.domain.answer;

/** A query this model cannot serve; {@link #field()} names the request field at fault (for INVALID_ARGUMENT). */
public final class InvalidQueryException extends RuntimeException {
    private final String field;

    public InvalidQueryException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

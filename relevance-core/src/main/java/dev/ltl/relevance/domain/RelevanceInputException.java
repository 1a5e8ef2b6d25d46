package dev.ltl.relevance.domain;

/** The request lacks something a provider reads, or carries it malformed. Names the request field. */
public class RelevanceInputException extends RuntimeException {
    private final String field;

    public RelevanceInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, e.g. {@code media}, {@code transcript}, {@code question}. */
    public String field() {
        return field;
    }
}

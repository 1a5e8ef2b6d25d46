package dev.ltl.planner.api;

/** A request names a file outside {@code ltl.media.allowed-roots}; {@link #field()} is the request field. */
final class MediaAccessDeniedException extends RuntimeException {
    private final String field;

    MediaAccessDeniedException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}

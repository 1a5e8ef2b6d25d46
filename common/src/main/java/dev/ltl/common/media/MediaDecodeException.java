package dev.ltl.common.media;

/**
 * Media could not be decoded. {@link #field()} names the request field at fault using the proto's
 * snake_case paths ({@code "uri"}, {@code "pcm"}, {@code "pcm.sample_rate"}, {@code "pcm.channels"},
 * {@code "frames[3]"}), so a gRPC layer can turn it into a {@code BadRequest} field violation.
 */
public final class MediaDecodeException extends Exception {

    private final String field;

    public MediaDecodeException(String field, String message) {
        super(message);
        this.field = field;
    }

    public MediaDecodeException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The request field at fault. */
    public String field() {
        return field;
    }

    /** The same problem attributed to another field (e.g. "image" becomes "frames[3]"). */
    MediaDecodeException withField(String newField) {
        return new MediaDecodeException(newField, getMessage(), getCause());
    }
}

package dev.ltl.eval.data;

/** AVE metadata or media that cannot be used: a malformed row, a missing split file, clips without media. */
public class AveDataException extends RuntimeException {

    public AveDataException(String message) {
        super(message);
    }

    public AveDataException(String message, Throwable cause) {
        super(message, cause);
    }
}

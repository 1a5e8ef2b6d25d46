package dev.ltl.eval.data.epic;

/** An EPIC-SOUNDS annotation or split file that cannot be read as such; the message names file and row. */
public class EpicDataException extends RuntimeException {
    public EpicDataException(String message) {
        super(message);
    }

    public EpicDataException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.ltl.eval.data.qa;

/**
 * A QA dataset or its videos cannot be used as given: a bad annotation row (the message names file:line and the
 * field), a missing video without allow-missing, or too few items left to evaluate.
 */
public final class QaDataException extends RuntimeException {
    public QaDataException(String message) {
        super(message);
    }

    public QaDataException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error at {@code where} (file:line) in {@code field}. */
    static QaDataException at(String where, String field, String problem) {
        return new QaDataException(where + ": field '" + field + "': " + problem);
    }
}

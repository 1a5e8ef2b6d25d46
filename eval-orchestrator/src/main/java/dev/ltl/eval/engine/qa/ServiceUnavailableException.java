package dev.ltl.eval.engine.qa;

import io.grpc.Status;
import java.util.EnumSet;
import java.util.Set;

/**
 * A call failed because a service could not serve at all (down, overloaded, cancelled, too slow),
 * not because of the item. Such failures stop the evaluation instead of being recorded as rows:
 * a recorded row is final (resume skips it), and these items deserve another try on resume.
 */
public final class ServiceUnavailableException extends RuntimeException {
    private static final Set<Status.Code> TRANSIENT = EnumSet.of(Status.Code.UNAVAILABLE, Status.Code.CANCELLED,
            Status.Code.DEADLINE_EXCEEDED, Status.Code.RESOURCE_EXHAUSTED, Status.Code.ABORTED);

    ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether a failed call says nothing about the item (see the class comment). */
    static boolean isTransient(Throwable error) {
        return TRANSIENT.contains(Status.fromThrowable(error).getCode());
    }

    /** Rethrows {@code error} as this exception when it is transient; otherwise returns normally. */
    static void throwIfTransient(String what, RuntimeException error) {
        if (isTransient(error)) {
            throw new ServiceUnavailableException(what + " failed, the evaluation stops (rerun to resume): "
                    + ItemAnswerer.describe(error), error);
        }
    }
}

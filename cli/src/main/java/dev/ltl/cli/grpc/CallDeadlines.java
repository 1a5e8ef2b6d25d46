package dev.ltl.cli.grpc;

import io.grpc.stub.AbstractStub;
import java.util.concurrent.TimeUnit;

/** Applies {@code --deadline SECONDS} to a stub. */
public final class CallDeadlines {

    private CallDeadlines() {
    }

    /**
     * @param seconds the deadline of each call made with the returned stub, or {@code null} for none.
     *                For a batch the whole stream is one call, so this bounds the whole batch.
     */
    public static <S extends AbstractStub<S>> S apply(S stub, Double seconds) {
        if (seconds == null) {
            return stub;
        }
        return stub.withDeadlineAfter(Math.round(seconds * 1_000_000.0), TimeUnit.MICROSECONDS);
    }
}

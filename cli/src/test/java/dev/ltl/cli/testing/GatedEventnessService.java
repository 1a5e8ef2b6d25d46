package dev.ltl.cli.testing;

import dev.ltl.proto.eventness.v1.EventnessServiceGrpc;
import dev.ltl.proto.eventness.v1.ScoreRequest;
import dev.ltl.proto.eventness.v1.ScoreStreamResponse;
import io.grpc.stub.StreamObserver;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * An eventness service that answers only when the test says so, and records the most requests it
 * ever held unanswered: the client's window, seen from the server.
 *
 * <p>Waiting methods take a generous hang guard; it only turns a deadlock into a failed test and
 * never decides a passing one.
 */
public final class GatedEventnessService extends EventnessServiceGrpc.EventnessServiceImplBase {

    private static final long HANG_GUARD_MILLIS = TimeUnit.SECONDS.toMillis(30);

    private final ScriptedEventnessService answers = new ScriptedEventnessService();
    private final ArrayDeque<ScoreRequest> held = new ArrayDeque<>();
    private StreamObserver<ScoreStreamResponse> responses;
    private int received;
    private int answered;
    private int maxOutstanding;
    private boolean halfClosed;

    @Override
    public StreamObserver<ScoreRequest> scoreStream(StreamObserver<ScoreStreamResponse> responses) {
        synchronized (this) {
            this.responses = responses;
        }
        return new StreamObserver<>() {
            @Override
            public void onNext(ScoreRequest request) {
                synchronized (GatedEventnessService.this) {
                    held.addLast(request);
                    received++;
                    maxOutstanding = Math.max(maxOutstanding, received - answered);
                    GatedEventnessService.this.notifyAll();
                }
            }

            @Override
            public void onError(Throwable error) {
                // The client went away.
            }

            @Override
            public void onCompleted() {
                synchronized (GatedEventnessService.this) {
                    halfClosed = true;
                    completeIfDone();
                    GatedEventnessService.this.notifyAll();
                }
            }
        };
    }

    /** Blocks until at least {@code count} requests are held unanswered. */
    public synchronized void awaitOutstanding(int count) throws InterruptedException {
        long giveUpAt = System.currentTimeMillis() + HANG_GUARD_MILLIS;
        while (outstanding() < count) {
            long left = giveUpAt - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("hang guard: waited for " + count + " outstanding requests, have "
                        + outstanding());
            }
            wait(left);
        }
    }

    /** Answers the oldest held request. */
    public synchronized void releaseOldest() {
        ScoreRequest request = held.pollFirst();
        if (request == null) {
            throw new IllegalStateException("nothing held");
        }
        answered++;
        responses.onNext(answers.answer(request));
        completeIfDone();
    }

    public synchronized int outstanding() {
        return received - answered;
    }

    public synchronized int maxOutstanding() {
        return maxOutstanding;
    }

    public synchronized int received() {
        return received;
    }

    private void completeIfDone() {
        if (halfClosed && held.isEmpty()) {
            responses.onCompleted();
        }
    }
}

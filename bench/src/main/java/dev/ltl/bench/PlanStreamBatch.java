package dev.ltl.bench;

import dev.ltl.proto.planner.v1.PlanRequest;
import dev.ltl.proto.planner.v1.PlanStreamResponse;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc.PlannerServiceStub;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends one batch of requests on a single {@code PlanStream} call with at most {@code window}
 * requests unanswered, and waits for every answer.
 *
 * <p>Why a window: without one the client would queue the whole batch in gRPC's send buffer at
 * once, and the figure would measure buffering rather than a steady pipelined stream.
 */
public final class PlanStreamBatch {

    private final PlannerServiceStub stub;
    private final int window;
    private final Duration timeout;

    /**
     * @param stub    async stub on the channel under test
     * @param window  most requests in flight (sent but not yet answered), ≥ 1
     * @param timeout longest wait for the whole batch; a guard against a stuck server, not a pacing
     */
    public PlanStreamBatch(PlannerServiceStub stub, int window, Duration timeout) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
        this.stub = stub;
        this.window = window;
        this.timeout = timeout;
    }

    /**
     * Streams the batch and returns the number of answers (always {@code batch.size()}).
     *
     * @throws IllegalStateException when the call fails, times out, an item answers with an error,
     *                               or answers go missing
     */
    public int run(List<PlanRequest> batch) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Answers answers = new Answers(window);
        StreamObserver<PlanRequest> requests = stub.planStream(answers);
        for (PlanRequest request : batch) {
            if (!answers.awaitSlot(deadline)) {
                throw timedOut(requests, answers, batch.size());
            }
            if (answers.failure != null) {
                break;
            }
            requests.onNext(request);
        }
        if (answers.failure == null) {
            requests.onCompleted();
        }
        if (!answers.done.await(remainingNanos(deadline), TimeUnit.NANOSECONDS)) {
            throw timedOut(requests, answers, batch.size());
        }
        return answers.verified(batch.size());
    }

    private IllegalStateException timedOut(StreamObserver<PlanRequest> requests, Answers answers, int size) {
        requests.onError(new IllegalStateException("batch timed out")); // cancels the call
        return new IllegalStateException("PlanStream batch of " + size + " not answered within " + timeout
                + " (" + answers.received.get() + " answers)");
    }

    private static long remainingNanos(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    /** Response side of one call: frees a window slot per answer, counts answers and item errors. */
    private static final class Answers implements StreamObserver<PlanStreamResponse> {
        private final Semaphore slots;
        private final AtomicInteger received = new AtomicInteger();
        private final AtomicInteger itemErrors = new AtomicInteger();
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile String firstItemError;
        private volatile Throwable failure;

        Answers(int window) {
            slots = new Semaphore(window);
        }

        /** Takes a window slot; false when none frees up before the deadline. */
        boolean awaitSlot(long deadline) throws InterruptedException {
            return slots.tryAcquire(remainingNanos(deadline), TimeUnit.NANOSECONDS);
        }

        @Override
        public void onNext(PlanStreamResponse response) {
            if (response.hasError() && itemErrors.getAndIncrement() == 0) {
                firstItemError = response.getRequestId() + ": " + response.getError().getMessage();
            }
            received.incrementAndGet();
            slots.release();
        }

        @Override
        public void onError(Throwable error) {
            failure = error;
            slots.release(Integer.MAX_VALUE / 2); // unblock the sender so it can stop
            done.countDown();
        }

        @Override
        public void onCompleted() {
            done.countDown();
        }

        int verified(int expected) {
            if (failure != null) {
                throw new IllegalStateException("PlanStream call failed: " + failure, failure);
            }
            if (itemErrors.get() > 0) {
                throw new IllegalStateException(itemErrors.get() + " of " + expected
                        + " stream items answered with an error, first: " + firstItemError);
            }
            if (received.get() != expected) {
                throw new IllegalStateException("expected " + expected + " answers, got " + received.get());
            }
            return expected;
        }
    }
}

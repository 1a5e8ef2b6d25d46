package dev.ltl.eval.engine.clients;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Client side of an ordered bidi batch stream (ScoreStream, PlanStream, EmbedStream): sends every
 * request with at most {@code window} unanswered, and returns the answers in request order (the
 * services answer in order). Per-item errors stay inside the answers; a failed stream throws.
 */
public final class OrderedStreamCall {
    private OrderedStreamCall() {
    }

    public static <Q, R> List<R> exchange(Function<StreamObserver<R>, StreamObserver<Q>> open, List<Q> requests,
                                          int window) throws InterruptedException {
        Semaphore slots = new Semaphore(Math.max(1, window));
        List<R> answers = new ArrayList<>(requests.size());
        CompletableFuture<Void> done = new CompletableFuture<>();
        StreamObserver<Q> upstream = open.apply(new StreamObserver<>() {
            @Override
            public void onNext(R answer) {
                synchronized (answers) {
                    answers.add(answer);
                }
                slots.release();
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
                slots.release(requests.size() + 1);
            }

            @Override
            public void onCompleted() {
                done.complete(null);
            }
        });
        for (Q request : requests) {
            slots.acquire();
            if (done.isCompletedExceptionally()) {
                break;
            }
            upstream.onNext(request);
        }
        upstream.onCompleted();
        try {
            done.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof StatusRuntimeException sre ? sre
                    : Status.fromThrowable(cause).withDescription("stream failed: " + cause).asRuntimeException();
        }
        if (answers.size() != requests.size()) {
            throw Status.INTERNAL.withDescription("stream answered " + answers.size() + " of " + requests.size()
                    + " requests").asRuntimeException();
        }
        return answers;
    }
}

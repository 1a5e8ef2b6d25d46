package dev.ltl.planner.api;

import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** Sends every request on one bidi call, half-closes, and collects the answers until the server completes. */
final class BidiExchange {
    private BidiExchange() {
    }

    static <Q, A> List<A> exchange(Function<StreamObserver<A>, StreamObserver<Q>> call, List<Q> requests)
            throws Exception {
        List<A> received = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        StreamObserver<Q> upstream = call.apply(new StreamObserver<>() {
            @Override
            public void onNext(A value) {
                synchronized (received) {
                    received.add(value);
                }
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(t);
            }

            @Override
            public void onCompleted() {
                done.complete(null);
            }
        });
        requests.forEach(upstream::onNext);
        upstream.onCompleted();
        done.get(30, TimeUnit.SECONDS);
        return received;
    }
}

package dev.ltl.common.grpc;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Server side of an ordered bidi batch stream: each request is handled on a worker pool, up to
 * {@code concurrency} at once, and the answers are written back in request order. A request that
 * fails becomes an error response built by {@code onFailure} and the stream goes on — one bad item
 * never ends a batch.
 *
 * <p>Inbound flow control is manual: the processor asks the transport for more requests only as
 * answers are flushed, so a client that floods the stream cannot make the server buffer unbounded
 * work (at most {@code concurrency + prefetch} requests are held).
 */
public final class OrderedStreamProcessor<Q, R> implements StreamObserver<Q> {
    private final StreamObserver<R> out;
    private final ServerCallStreamObserver<R> serverCall;
    private final Executor pool;
    private final int concurrency;
    private final Function<Q, R> handler;
    private final BiFunction<Q, Throwable, R> onFailure;

    private final ArrayDeque<Slot<Q, R>> slots = new ArrayDeque<>();
    private int running;
    private boolean inputDone;
    private boolean finished;

    private static final class Slot<Q, R> {
        final Q request;
        boolean started;
        boolean done;
        R result;

        Slot(Q request) {
            this.request = request;
        }
    }

    private OrderedStreamProcessor(StreamObserver<R> out, Executor pool, int concurrency,
                                   Function<Q, R> handler, BiFunction<Q, Throwable, R> onFailure) {
        this.out = out;
        this.serverCall = out instanceof ServerCallStreamObserver<R> call ? call : null;
        this.pool = pool;
        this.concurrency = Math.max(1, concurrency);
        this.handler = handler;
        this.onFailure = onFailure;
    }

    /**
     * Creates the processor for one call. Must be called from the service method itself (before it
     * returns) so that manual inbound flow control can be switched on.
     */
    public static <Q, R> OrderedStreamProcessor<Q, R> start(StreamObserver<R> out, Executor pool, int concurrency,
                                                           int prefetch, Function<Q, R> handler,
                                                           BiFunction<Q, Throwable, R> onFailure) {
        OrderedStreamProcessor<Q, R> processor = new OrderedStreamProcessor<>(out, pool, concurrency, handler, onFailure);
        if (processor.serverCall != null) {
            processor.serverCall.disableAutoRequest();
            processor.serverCall.request(processor.concurrency + Math.max(0, prefetch));
        }
        return processor;
    }

    @Override
    public synchronized void onNext(Q request) {
        if (finished) {
            return;
        }
        slots.addLast(new Slot<>(request));
        startWaiting();
    }

    @Override
    public synchronized void onError(Throwable error) {
        // The client cancelled or the transport failed: drop queued work; running items finish unseen.
        finished = true;
        slots.removeIf(slot -> !slot.started);
    }

    @Override
    public synchronized void onCompleted() {
        inputDone = true;
        flush();
    }

    private void startWaiting() {
        for (Slot<Q, R> slot : slots) {
            if (running >= concurrency) {
                return;
            }
            if (!slot.started) {
                slot.started = true;
                running++;
                try {
                    pool.execute(() -> run(slot));
                } catch (RejectedExecutionException e) {
                    running--;
                    slot.done = true;
                    slot.result = onFailure.apply(slot.request, e);
                }
            }
        }
        flush();
    }

    private void run(Slot<Q, R> slot) {
        R result;
        try {
            result = handler.apply(slot.request);
        } catch (RuntimeException | Error e) {
            result = onFailure.apply(slot.request, e);
        }
        synchronized (this) {
            running--;
            slot.done = true;
            slot.result = result;
            flush();
            startWaiting();
        }
    }

    private void flush() {
        if (finished) {
            return;
        }
        int flushed = 0;
        while (!slots.isEmpty() && slots.peekFirst().done) {
            out.onNext(slots.pollFirst().result);
            flushed++;
        }
        if (flushed > 0 && serverCall != null && !inputDone) {
            serverCall.request(flushed);
        }
        if (inputDone && slots.isEmpty()) {
            finished = true;
            out.onCompleted();
        }
    }
}

package dev.ltl.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.rpc.Status;
import dev.ltl.proto.planner.v1.PlanRequest;
import dev.ltl.proto.planner.v1.PlanResponse;
import dev.ltl.proto.planner.v1.PlanStreamResponse;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stream client against an in-process server that answers only when the client's window is
 * full (or the client has half-closed): a client that pipelines too little stalls, one that
 * sends past its window is caught by the server.
 */
class PlanStreamBatchTest {

    private static final Duration GUARD = Duration.ofSeconds(30);

    private Server server;
    private ManagedChannel channel;

    @AfterEach
    void shutDown() {
        if (channel != null) {
            channel.shutdownNow();
        }
        if (server != null) {
            server.shutdownNow();
        }
    }

    @Test
    void keepsTheWindowFullAndNeverPastItUntilEveryAnswerIsIn() throws Exception {
        WindowFillingServer fake = serve(new WindowFillingServer(4));

        int answered = batchClient(4).run(requests(50));

        assertThat(answered).isEqualTo(50);
        assertThat(fake.violations.get()).as("requests sent past the window").isZero();
        assertThat(fake.peakPending.get()).as("peak unanswered requests").isEqualTo(4);
    }

    @Test
    void windowOfOneIsStrictPingPong() throws Exception {
        WindowFillingServer fake = serve(new WindowFillingServer(1));

        assertThat(batchClient(1).run(requests(20))).isEqualTo(20);
        assertThat(fake.violations.get()).isZero();
        assertThat(fake.peakPending.get()).isEqualTo(1);
    }

    @Test
    void batchSmallerThanTheWindowIsAnsweredAfterHalfClose() throws Exception {
        WindowFillingServer fake = serve(new WindowFillingServer(256));

        assertThat(batchClient(256).run(requests(3))).isEqualTo(3);
        assertThat(fake.peakPending.get()).isEqualTo(3);
    }

    @Test
    void anItemAnsweredWithAnErrorFailsTheBatch() throws Exception {
        serve(new WindowFillingServer(2));
        List<PlanRequest> batch = new ArrayList<>(requests(5));
        batch.set(3, batch.get(3).toBuilder().setRequestId("bad-3").build());

        assertThatThrownBy(() -> batchClient(2).run(batch))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 of 5").hasMessageContaining("bad-3: rejected");
    }

    @Test
    void aFailedCallFailsTheBatch() throws Exception {
        serve(new WindowFillingServer(2));
        List<PlanRequest> batch = new ArrayList<>(requests(6));
        batch.set(1, batch.get(1).toBuilder().setRequestId("boom").build());

        assertThatThrownBy(() -> batchClient(2).run(batch))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("call failed");
    }

    @Test
    void rejectsAnEmptyWindow() {
        assertThatThrownBy(() -> new PlanStreamBatch(null, 0, GUARD)).isInstanceOf(IllegalArgumentException.class);
    }

    private PlanStreamBatch batchClient(int window) {
        return new PlanStreamBatch(PlannerServiceGrpc.newStub(channel), window, GUARD);
    }

    private <T extends PlannerServiceGrpc.PlannerServiceImplBase> T serve(T service) throws IOException {
        String name = InProcessServerBuilder.generateName();
        server = InProcessServerBuilder.forName(name).directExecutor().addService(service).build().start();
        channel = InProcessChannelBuilder.forName(name).directExecutor().build();
        return service;
    }

    private static List<PlanRequest> requests(int count) {
        List<PlanRequest> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(PlanRequest.newBuilder().setRequestId("r-" + i).addScores(i).build());
        }
        return requests;
    }

    /**
     * Holds answers back until {@code window} requests are pending (or the client half-closed),
     * then answers the oldest from its own thread, in order. Ids {@code bad-*} get an item error,
     * id {@code boom} fails the call.
     */
    private static final class WindowFillingServer extends PlannerServiceGrpc.PlannerServiceImplBase {
        private final int window;
        final AtomicInteger peakPending = new AtomicInteger();
        final AtomicInteger violations = new AtomicInteger();

        WindowFillingServer(int window) {
            this.window = window;
        }

        @Override
        public StreamObserver<PlanRequest> planStream(StreamObserver<PlanStreamResponse> responses) {
            Deque<PlanRequest> pending = new ArrayDeque<>();
            boolean[] halfClosed = {false};
            Thread answerer = new Thread(() -> answerWhenFull(pending, halfClosed, responses), "fake-answerer");
            answerer.setDaemon(true);
            answerer.start();
            return new StreamObserver<>() {
                @Override
                public void onNext(PlanRequest request) {
                    synchronized (pending) {
                        if (pending.size() >= window) {
                            violations.incrementAndGet();
                        }
                        pending.add(request);
                        peakPending.accumulateAndGet(pending.size(), Math::max);
                        pending.notifyAll();
                    }
                }

                @Override
                public void onError(Throwable error) {
                    onCompleted();
                }

                @Override
                public void onCompleted() {
                    synchronized (pending) {
                        halfClosed[0] = true;
                        pending.notifyAll();
                    }
                }
            };
        }

        private void answerWhenFull(Deque<PlanRequest> pending, boolean[] halfClosed,
                                    StreamObserver<PlanStreamResponse> responses) {
            while (true) {
                PlanRequest next;
                synchronized (pending) {
                    while (pending.size() < window && !halfClosed[0]) {
                        try {
                            pending.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    next = pending.poll();
                }
                if (next == null) {
                    responses.onCompleted();
                    return;
                }
                if (next.getRequestId().equals("boom")) {
                    responses.onError(io.grpc.Status.INTERNAL.withDescription("boom").asRuntimeException());
                    return;
                }
                // Answered outside the lock: the client's callback may run on this thread.
                responses.onNext(answer(next));
            }
        }

        private static PlanStreamResponse answer(PlanRequest request) {
            PlanStreamResponse.Builder response = PlanStreamResponse.newBuilder().setRequestId(request.getRequestId());
            if (request.getRequestId().startsWith("bad")) {
                return response.setError(Status.newBuilder().setCode(3).setMessage("rejected")).build();
            }
            return response.setResult(PlanResponse.newBuilder().setRequestId(request.getRequestId())).build();
        }
    }
}

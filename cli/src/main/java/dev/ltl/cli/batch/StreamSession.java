package dev.ltl.cli.batch;

import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.StreamObserver;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One run of {@link OrderedBatchStreamer}: a single bidi call fed from one input.
 *
 * <p>Threading: the calling thread does all the work that may block or must be ordered (reading
 * input, sending requests, writing output). gRPC callbacks only record what arrived in
 * {@link PendingLines} under the lock and wake the calling thread. So output is written by one
 * thread in input order, and requests are sent by one thread (a {@link StreamObserver} is not
 * thread-safe).
 *
 * <p>Flow control: the next line is read only while fewer than {@code window} lines are pending
 * and the call is ready for more ({@link ClientCallStreamObserver#isReady()}), so neither the
 * input nor the transport buffers grow with the batch size.
 */
final class StreamSession<Req, Resp> implements ClientResponseObserver<Req, Resp> {

    /** After writing the answered lines: read one more line, look again, or end the pump. */
    private enum Action { READ, RECHECK, STOP }

    private record Step(List<LineOutput> answered, Action action) {
    }

    private final BatchCodec<Req, Resp> codec;
    private final InputLineParser<Req> parser;
    private final BidiStreamOpener<Req, Resp> opener;
    private final BufferedReader input;
    private final OutputLines output;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    // Guarded by lock.
    private final PendingLines pending;
    private Status failure;
    private boolean serverClosed;
    private boolean finished;
    /** Bumped (under the lock) by every on-ready signal; read without it. */
    private volatile long readyEpoch;

    // Calling thread only.
    private StreamObserver<Req> requests;
    private ClientCallStreamObserver<Req> callControl;
    private long lineNumber;
    private boolean inputDone;

    StreamSession(BatchCodec<Req, Resp> codec, BidiStreamOpener<Req, Resp> opener, int window,
            BufferedReader input, OutputLines output) {
        this.codec = codec;
        this.parser = new InputLineParser<>(codec);
        this.opener = opener;
        this.pending = new PendingLines(window);
        this.input = input;
        this.output = output;
    }

    BatchSummary run() throws IOException, InterruptedException {
        boolean clean = false;
        try {
            pump();
            Status streamFailure = failure();
            if (streamFailure != null) {
                reportRemainingLines(streamFailure);
            }
            output.flush();
            clean = streamFailure == null;
            return output.summary(streamFailure);
        } finally {
            lock.lock();
            try {
                finished = true;
            } finally {
                lock.unlock();
            }
            if (!clean) {
                cancelCall();
            }
        }
    }

    // ---- calling thread ------------------------------------------------------------------------

    private void pump() throws IOException, InterruptedException {
        while (true) {
            Step step = nextStep();
            output.writeAll(step.answered());
            if (step.action() == Action.STOP) {
                return;
            }
            if (step.action() == Action.READ) {
                readAndSendOne();
            }
        }
    }

    /**
     * Waits until there is output to write, room to read, or nothing left to do.
     *
     * <p>{@code isReady()} is asked outside the lock: a transport may call the on-ready handler
     * (which takes the lock) while holding its own lock, and asking it under ours could deadlock.
     * The ready epoch catches an on-ready signal that lands between asking and waiting.
     */
    private Step nextStep() throws InterruptedException {
        long epochSeen = readyEpoch;
        boolean ready = transportReady();
        lock.lock();
        try {
            while (true) {
                noteEarlyServerClose();
                List<LineOutput> answered = pending.drainAnswered();
                if (failure != null || (inputDone && pending.isEmpty())) {
                    return new Step(answered, Action.STOP);
                }
                boolean wantsInput = !inputDone && pending.hasRoom();
                if (wantsInput && ready) {
                    return new Step(answered, Action.READ);
                }
                if (!answered.isEmpty() || (wantsInput && readyEpoch != epochSeen)) {
                    return new Step(answered, Action.RECHECK);
                }
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    private void readAndSendOne() throws IOException {
        String text = input.readLine();
        if (text == null) {
            inputDone = true;
            if (requests != null) {
                requests.onCompleted();
            }
            return;
        }
        lineNumber++;
        if (text.isBlank()) {
            return;
        }
        BatchItem<Req> item = parser.parse(lineNumber, text);
        lock.lock();
        try {
            if (item.isRejected()) {
                pending.addAnswered(ErrorLines.invalidArgument(item.id(), item.rejection()));
                return;
            }
            // Registered before sending, so a fast response always finds its line.
            pending.addAwaiting(item.id(), item.requestId());
        } finally {
            lock.unlock();
        }
        send(item.request());
    }

    private void send(Req request) {
        if (requests == null) {
            // Opened lazily: a batch whose lines are all rejected locally needs no service.
            try {
                requests = opener.open(this);
            } catch (RuntimeException e) {
                fail(Status.fromThrowable(e));
                return;
            }
        }
        requests.onNext(request);
    }

    /** After a stream failure: every line not yet answered, read or not, gets an error line. */
    private void reportRemainingLines(Status streamFailure) throws IOException {
        List<LineOutput> rest;
        lock.lock();
        try {
            pending.answerAllAwaiting(id -> ErrorLines.fromStreamFailure(id, streamFailure));
            rest = pending.drainAnswered();
        } finally {
            lock.unlock();
        }
        output.writeAll(rest);
        // Lines never read keep the one-output-line-per-input-line contract; a line that is
        // invalid anyway reports that, as it would have without the failure.
        String text;
        while ((text = input.readLine()) != null) {
            lineNumber++;
            if (text.isBlank()) {
                continue;
            }
            BatchItem<Req> item = parser.parse(lineNumber, text);
            output.write(item.isRejected()
                    ? ErrorLines.invalidArgument(item.id(), item.rejection())
                    : ErrorLines.fromStreamFailure(item.id(), streamFailure));
        }
    }

    private boolean transportReady() {
        return callControl == null || callControl.isReady();
    }

    private void cancelCall() {
        if (callControl != null) {
            callControl.cancel("batch aborted by the client", null);
        } else if (requests != null) {
            requests.onError(Status.CANCELLED.withDescription("batch aborted by the client").asRuntimeException());
        }
    }

    private Status failure() {
        lock.lock();
        try {
            return failure;
        } finally {
            lock.unlock();
        }
    }

    // ---- gRPC callbacks --------------------------------------------------------------------------

    @Override
    public void beforeStart(ClientCallStreamObserver<Req> call) {
        this.callControl = call;
        call.setOnReadyHandler(this::onTransportReady);
    }

    @Override
    public void onNext(Resp response) {
        lock.lock();
        try {
            if (finished) {
                return;
            }
            String requestId = codec.responseRequestId(response);
            if (!pending.resolve(requestId, id -> codec.render(id, response))) {
                failIfFirst(Status.INTERNAL.withDescription(
                        "service sent a response no request awaits (request_id \"" + requestId + "\")"));
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void onError(Throwable error) {
        lock.lock();
        try {
            serverClosed = true;
            failIfFirst(Status.fromThrowable(error));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void onCompleted() {
        lock.lock();
        try {
            serverClosed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    // ---- shared, under the lock ---------------------------------------------------------------

    private void onTransportReady() {
        lock.lock();
        try {
            readyEpoch++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void fail(Status status) {
        lock.lock();
        try {
            failIfFirst(status);
        } finally {
            lock.unlock();
        }
    }

    private void failIfFirst(Status status) {
        if (failure == null) {
            failure = status;
        }
    }

    /** A service that ends the stream normally while lines still await answers broke the contract. */
    private void noteEarlyServerClose() {
        if (serverClosed && failure == null && (pending.awaiting() > 0 || !inputDone)) {
            failure = Status.INTERNAL.withDescription("service closed the stream before answering every line");
        }
    }
}

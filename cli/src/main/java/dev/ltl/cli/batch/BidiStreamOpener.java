package dev.ltl.cli.batch;

import io.grpc.stub.StreamObserver;

/**
 * Starts one bidirectional stream; matches the shape of a generated async stub method, e.g.
 * {@code EventnessServiceGrpc.newStub(channel)::scoreStream}.
 */
@FunctionalInterface
public interface BidiStreamOpener<Req, Resp> {

    /** Starts the call and returns the observer requests are sent on. */
    StreamObserver<Req> open(StreamObserver<Resp> responses);
}

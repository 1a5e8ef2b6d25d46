package dev.ltl.cli.testing;

import com.google.rpc.Code;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import dev.ltl.proto.planner.v1.SelectFramesResponse;
import dev.ltl.proto.planner.v1.SelectFramesStreamResponse;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A deterministic stand-in for planner-svc's {@code SelectFramesStream}. {@code uniform} and
 * {@code random} answer the first B seconds and no mixture record; {@code mixture} answers the
 * seconds whose score is at least 0.5 (at most B) as anchor seconds, background [0], α 0.25 and
 * q̄ 0.75. Any other method gets a per-item INVALID_ARGUMENT.
 */
public final class ScriptedSelectService extends PlannerServiceGrpc.PlannerServiceImplBase {

    private final List<SelectFramesRequest> received = Collections.synchronizedList(new ArrayList<>());

    public List<SelectFramesRequest> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public StreamObserver<SelectFramesRequest> selectFramesStream(StreamObserver<SelectFramesStreamResponse> responses) {
        return new StreamObserver<>() {
            @Override
            public void onNext(SelectFramesRequest request) {
                received.add(request);
                responses.onNext(answer(request));
            }

            @Override
            public void onError(Throwable error) {
                // The client went away.
            }

            @Override
            public void onCompleted() {
                responses.onCompleted();
            }
        };
    }

    private static SelectFramesStreamResponse answer(SelectFramesRequest request) {
        SelectFramesStreamResponse.Builder response = SelectFramesStreamResponse.newBuilder()
                .setRequestId(request.getRequestId());
        int seconds = request.getScoresCount();
        int budget = request.getBudgetFrames();
        SelectFramesResponse.Builder selection = SelectFramesResponse.newBuilder().setRequestId(request.getRequestId())
                .setMethod(request.getMethod());
        switch (request.getMethod()) {
            case "uniform", "random" -> IntStream.range(0, Math.min(budget, seconds))
                    .forEach(selection::addSelectedSeconds);
            case "mixture" -> {
                selection.addSelectedSeconds(0).addBackgroundSeconds(0).setAlpha(0.25).setQBar(0.75);
                IntStream.range(1, seconds).filter(t -> request.getScores(t) >= 0.5).limit(Math.max(0, budget - 1))
                        .forEach(t -> selection.addSelectedSeconds(t).addAnchorSeconds(t));
            }
            default -> {
                return response.setError(com.google.rpc.Status.newBuilder().setCode(Code.INVALID_ARGUMENT_VALUE)
                        .setMessage("unknown method \"" + request.getMethod() + "\"")).build();
            }
        }
        return response.setResult(selection).build();
    }
}

package dev.ltl.cli.testing;

import com.google.rpc.Code;
import dev.ltl.proto.common.v1.ModelState;
import dev.ltl.proto.common.v1.ModelStatus;
import dev.ltl.proto.eventness.v1.EventnessServiceGrpc;
import dev.ltl.proto.eventness.v1.ListMethodsRequest;
import dev.ltl.proto.eventness.v1.ListMethodsResponse;
import dev.ltl.proto.eventness.v1.MethodInfo;
import dev.ltl.proto.eventness.v1.MethodKind;
import dev.ltl.proto.eventness.v1.ScoreRequest;
import dev.ltl.proto.eventness.v1.ScoreResponse;
import dev.ltl.proto.eventness.v1.ScoreStreamResponse;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A deterministic stand-in for eventness-svc, for driving the CLI in-process.
 *
 * <ul>
 *   <li>Each request is answered with scores {@code [max_seconds, num_segments + 0.25]}, so a test
 *       can tell which request an output line came from.</li>
 *   <li>Method {@value #REJECTED_METHOD} is answered with a per-item {@code INVALID_ARGUMENT} error.</li>
 *   <li>A uri containing {@value #KILL_MARKER} makes the whole stream fail with {@code UNAVAILABLE}.</li>
 *   <li>In {@link Order#REVERSED_AT_HALF_CLOSE} mode it holds every request until the client
 *       half-closes, then answers newest first; {@code echoRequestIds = false} leaves
 *       {@code request_id} empty in responses.</li>
 * </ul>
 */
public final class ScriptedEventnessService extends EventnessServiceGrpc.EventnessServiceImplBase {

    public static final String REJECTED_METHOD = "reject-me";
    public static final String KILL_MARKER = "kill-stream";

    public enum Order { IMMEDIATE, REVERSED_AT_HALF_CLOSE }

    private final Order order;
    private final boolean echoRequestIds;
    private final List<ScoreRequest> received = Collections.synchronizedList(new ArrayList<>());

    public ScriptedEventnessService() {
        this(Order.IMMEDIATE, true);
    }

    public ScriptedEventnessService(Order order, boolean echoRequestIds) {
        this.order = order;
        this.echoRequestIds = echoRequestIds;
    }

    /** Every request that reached the service, in arrival order. */
    public List<ScoreRequest> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public StreamObserver<ScoreRequest> scoreStream(StreamObserver<ScoreStreamResponse> responses) {
        return new StreamObserver<>() {
            private final List<ScoreRequest> held = new ArrayList<>();
            private boolean failed;

            @Override
            public void onNext(ScoreRequest request) {
                received.add(request);
                if (failed) {
                    return;
                }
                if (request.getMedia().getUri().contains(KILL_MARKER)) {
                    failed = true;
                    responses.onError(Status.UNAVAILABLE.withDescription("service is shutting down").asRuntimeException());
                } else if (order == Order.IMMEDIATE) {
                    responses.onNext(answer(request));
                } else {
                    held.add(request);
                }
            }

            @Override
            public void onError(Throwable error) {
                // The client went away; nothing to answer.
            }

            @Override
            public void onCompleted() {
                if (failed) {
                    return;
                }
                for (int i = held.size() - 1; i >= 0; i--) {
                    responses.onNext(answer(held.get(i)));
                }
                responses.onCompleted();
            }
        };
    }

    @Override
    public void listMethods(ListMethodsRequest request, StreamObserver<ListMethodsResponse> responses) {
        responses.onNext(ListMethodsResponse.newBuilder()
                .addMethods(MethodInfo.newBuilder().setName("energy").setDescription("RMS energy per second")
                        .setKind(MethodKind.METHOD_KIND_DSP).setReady(true))
                .addMethods(MethodInfo.newBuilder().setName("audioset").setDescription("AudioSet event probability")
                        .setKind(MethodKind.METHOD_KIND_ONNX).setReady(false)
                        .addModels(ModelStatus.newBuilder().setName("panns").setVersion("1")
                                .setState(ModelState.MODEL_STATE_NOT_READY)))
                .build());
        responses.onCompleted();
    }

    /** The deterministic answer to one request. */
    public ScoreStreamResponse answer(ScoreRequest request) {
        ScoreStreamResponse.Builder response = ScoreStreamResponse.newBuilder()
                .setRequestId(echoRequestIds ? request.getRequestId() : "");
        if (request.getMethod().equals(REJECTED_METHOD)) {
            return response.setError(com.google.rpc.Status.newBuilder()
                    .setCode(Code.INVALID_ARGUMENT_VALUE).setMessage("unknown method \"" + REJECTED_METHOD + "\""))
                    .build();
        }
        return response.setResult(ScoreResponse.newBuilder()
                .setRequestId(request.getRequestId())
                .setMethod(request.getMethod())
                .addScores(request.getMaxSeconds())
                .addScores(request.getNumSegments() + 0.25))
                .build();
    }
}

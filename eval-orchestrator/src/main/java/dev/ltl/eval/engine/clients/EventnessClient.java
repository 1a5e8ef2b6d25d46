package dev.ltl.eval.engine.clients;

import dev.ltl.proto.common.v1.MediaInput;
import dev.ltl.proto.eventness.v1.EventnessServiceGrpc;
import dev.ltl.proto.eventness.v1.ScoreRequest;
import dev.ltl.proto.eventness.v1.ScoreResponse;
import dev.ltl.proto.eventness.v1.ScoreStreamResponse;
import io.grpc.Channel;
import io.grpc.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores clips through eventness-svc's ScoreStream (AVE protocol: exactly N seconds per clip). */
public final class EventnessClient {
    private final EventnessServiceGrpc.EventnessServiceStub stub;
    private final int window;

    public EventnessClient(Channel channel, int window) {
        this.stub = EventnessServiceGrpc.newStub(channel);
        this.window = window;
    }

    /** clip id → per-second scores, in the order of {@code videos}; any per-item error fails the batch. */
    public Map<String, double[]> scoreAll(Map<String, Path> videos, String method, int numSegments,
                                          java.util.function.Consumer<dev.ltl.proto.common.v1.Accounting> onAccounting)
            throws InterruptedException {
        List<ScoreRequest> requests = new ArrayList<>();
        videos.forEach((id, file) -> requests.add(ScoreRequest.newBuilder().setRequestId(id).setMethod(method)
                .setNumSegments(numSegments)
                .setMedia(MediaInput.newBuilder().setUri(file.toAbsolutePath().toUri().toString())).build()));
        List<ScoreStreamResponse> answers = OrderedStreamCall.exchange(stub::scoreStream, requests, window);
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (ScoreStreamResponse answer : answers) {
            if (answer.hasError()) {
                throw Status.fromCodeValue(answer.getError().getCode())
                        .withDescription("score '" + answer.getRequestId() + "': " + answer.getError().getMessage())
                        .asRuntimeException();
            }
            ScoreResponse result = answer.getResult();
            onAccounting.accept(result.getAccounting());
            scores.put(answer.getRequestId(), result.getScoresList().stream().mapToDouble(Double::doubleValue).toArray());
        }
        return scores;
    }
}

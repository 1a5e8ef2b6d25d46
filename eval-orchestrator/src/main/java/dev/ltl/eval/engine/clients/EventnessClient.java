package dev.ltl.eval.engine.clients;

import com.google.protobuf.ByteString;
import dev.ltl.proto.common.v1.Accounting;
import dev.ltl.proto.common.v1.MediaInput;
import dev.ltl.proto.common.v1.PcmAudio;
import dev.ltl.proto.eventness.v1.EventnessServiceGrpc;
import dev.ltl.proto.eventness.v1.ScoreRequest;
import dev.ltl.proto.eventness.v1.ScoreResponse;
import dev.ltl.proto.eventness.v1.ScoreStreamResponse;
import io.grpc.Channel;
import io.grpc.Status;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores clips through eventness-svc (AVE protocol: exactly N seconds per clip): many video files
 * over ScoreStream, or one inline waveform (e.g. a corrupted one) over the unary Score.
 */
public final class EventnessClient {
    private final EventnessServiceGrpc.EventnessServiceStub stub;
    private final EventnessServiceGrpc.EventnessServiceBlockingStub blocking;
    private final int window;

    public EventnessClient(Channel channel, int window) {
        this.stub = EventnessServiceGrpc.newStub(channel);
        this.blocking = EventnessServiceGrpc.newBlockingStub(channel);
        this.window = window;
    }

    /** Scores one mono waveform sent inline as PCM; exactly {@code numSegments} seconds come back. */
    public double[] scorePcm(String requestId, float[] mono, int sampleRate, String method, int numSegments,
                             java.util.function.Consumer<Accounting> onAccounting) {
        ScoreRequest request = ScoreRequest.newBuilder().setRequestId(requestId).setMethod(method)
                .setNumSegments(numSegments)
                .setMedia(MediaInput.newBuilder().setPcm(PcmAudio.newBuilder()
                        .setSamplesF32Le(pcmBytes(mono)).setSampleRate(sampleRate).setChannels(1)))
                .build();
        ScoreResponse response = blocking.score(request);
        onAccounting.accept(response.getAccounting());
        return response.getScoresList().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Samples as packed little-endian float32, the wire form of {@code PcmAudio.samples_f32le}. */
    public static ByteString pcmBytes(float[] samples) {
        ByteBuffer buffer = ByteBuffer.allocate(samples.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(samples);
        return ByteString.copyFrom(buffer.array());
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

package dev.ltl.eval.engine.clients;

import dev.ltl.proto.common.v1.Accounting;
import dev.ltl.proto.vlm.v1.EmbedRequest;
import dev.ltl.proto.vlm.v1.EmbedResponse;
import dev.ltl.proto.vlm.v1.EmbedStreamResponse;
import dev.ltl.proto.vlm.v1.Embedding;
import dev.ltl.proto.vlm.v1.ImageSource;
import dev.ltl.proto.vlm.v1.VideoFrames;
import dev.ltl.proto.vlm.v1.VlmServiceGrpc;
import io.grpc.Channel;
import io.grpc.Status;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Embeds the per-second frames of clips at several resolutions through vlm-svc's EmbedStream: one
 * request per clip (frames at t + 0.5 s for t = 0..N-1, every resolution), answers in order.
 */
public final class VlmClient {
    private final VlmServiceGrpc.VlmServiceStub stub;
    private final int window;

    public VlmClient(Channel channel, int window) {
        this.stub = VlmServiceGrpc.newStub(channel);
        this.window = window;
    }

    /** Per-clip features: clip id → resolution → [N][D]. {@code onAccounting} sees every answer's envelope. */
    public Map<String, Map<Integer, float[][]>> embedClips(String model, Map<String, Path> videos,
                                                           List<Integer> resolutions, int numSeconds,
                                                           BiConsumer<String, Accounting> onAccounting)
            throws InterruptedException {
        List<EmbedRequest> requests = new ArrayList<>();
        List<Integer> seconds = new ArrayList<>();
        for (int t = 0; t < numSeconds; t++) {
            seconds.add(t);
        }
        videos.forEach((id, file) -> requests.add(EmbedRequest.newBuilder().setRequestId(id).setModel(model)
                .addImages(ImageSource.newBuilder().setVideo(VideoFrames.newBuilder()
                        .setUri(file.toAbsolutePath().toUri().toString()).addAllSeconds(seconds)))
                .addAllResolutions(resolutions).build()));
        List<EmbedStreamResponse> answers = OrderedStreamCall.exchange(stub::embedStream, requests, window);
        Map<String, Map<Integer, float[][]>> features = new LinkedHashMap<>();
        for (EmbedStreamResponse answer : answers) {
            if (answer.hasError()) {
                throw Status.fromCodeValue(answer.getError().getCode())
                        .withDescription("embed '" + answer.getRequestId() + "': " + answer.getError().getMessage())
                        .asRuntimeException();
            }
            EmbedResponse result = answer.getResult();
            onAccounting.accept("vlm/EmbedStream", result.getAccounting());
            Map<Integer, float[][]> byResolution = new LinkedHashMap<>();
            for (Embedding embedding : result.getEmbeddingsList()) {
                float[][] rows = byResolution.computeIfAbsent(embedding.getResolution(), r -> new float[numSeconds][]);
                rows[embedding.getImageIndex()] = decode(embedding);
            }
            features.put(answer.getRequestId(), byResolution);
        }
        return features;
    }

    private static float[] decode(Embedding embedding) {
        float[] vector = new float[embedding.getDim()];
        ByteBuffer bytes = embedding.getVectorF32Le().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().get(vector);
        return vector;
    }
}

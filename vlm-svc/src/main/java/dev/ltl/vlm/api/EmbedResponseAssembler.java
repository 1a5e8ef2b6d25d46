package dev.ltl.vlm.api;

import com.google.protobuf.ByteString;
import dev.ltl.proto.common.v1.Accounting;
import dev.ltl.proto.common.v1.ImageTokens;
import dev.ltl.proto.common.v1.Timings;
import dev.ltl.proto.common.v1.TokenUsage;
import dev.ltl.proto.vlm.v1.BackboneKind;
import dev.ltl.proto.vlm.v1.EmbedRequest;
import dev.ltl.proto.vlm.v1.EmbedResponse;
import dev.ltl.proto.vlm.v1.Embedding;
import dev.ltl.proto.vlm.v1.ResizeMode;
import dev.ltl.vlm.api.EmbedRequestValidator.ValidEmbedRequest;
import dev.ltl.vlm.domain.BackboneSpec;
import dev.ltl.vlm.domain.BatchedResult;
import dev.ltl.vlm.domain.PreparedImage;
import dev.ltl.vlm.infra.SourcedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.UUID;

/**
 * Builds the EmbedResponse of one request from its batch results, with the Accounting envelope.
 *
 * <p>Timings: {@code queue_us} = wait for a worker + the longest wait of any of the request's images for
 * its batch to start; {@code preprocess_us} = decoding and resizing; {@code inference_us} = the rest of the
 * wait until the last batch came back; {@code postprocess_us} = building this response. They add up to
 * {@code total_us} (up to rounding). {@code batch_size} is the largest ORT batch any image ran in.
 */
final class EmbedResponseAssembler {
    static final String SERVICE = "vlm-svc";

    private final EmbedRequest request;
    private final ValidEmbedRequest valid;
    private final List<SourcedImage> images;
    private final List<PreparedImage> prepared;
    private final long receivedNanos;
    private final long startedNanos;
    private final long preprocessedNanos;

    EmbedResponseAssembler(EmbedRequest request, ValidEmbedRequest valid, List<SourcedImage> images,
                           List<PreparedImage> prepared, long receivedNanos, long startedNanos, long preprocessedNanos) {
        this.request = request;
        this.valid = valid;
        this.images = images;
        this.prepared = prepared;
        this.receivedNanos = receivedNanos;
        this.startedNanos = startedNanos;
        this.preprocessedNanos = preprocessedNanos;
    }

    /** @param results one per prepared image, in the same (image-major) order */
    EmbedResponse assemble(List<BatchedResult<float[]>> results) {
        long batchesDoneNanos = System.nanoTime();
        BackboneSpec spec = valid.engine().spec();
        int perImage = valid.resolutions().size();
        EmbedResponse.Builder response = EmbedResponse.newBuilder()
                .setRequestId(request.getRequestId())
                .setModel(spec.id())
                .setOutput(spec.embeddingOutput())
                .setKind(kind(spec));
        TokenUsage.Builder tokens = TokenUsage.newBuilder();
        long longestBatchQueue = 0;
        int largestBatch = 0;
        for (int k = 0; k < prepared.size(); k++) {
            int imageIndex = k / perImage;
            SourcedImage image = images.get(imageIndex);
            PreparedImage input = prepared.get(k);
            BatchedResult<float[]> result = results.get(k);
            response.addEmbeddings(Embedding.newBuilder()
                    .setImageIndex(imageIndex)
                    .setSourceIndex(image.sourceIndex())
                    .setSecond(image.second())
                    .setResolution(input.resolution())
                    .setDim(result.value().length)
                    .setVectorF32Le(packed(result.value()))
                    .setTokens(input.tokens())
                    .setFedWidth(input.fedSize())
                    .setFedHeight(input.fedSize())
                    .setMode(mode(input))
                    .setBatchSize(result.batchSize()));
            tokens.addImages(ImageTokens.newBuilder().setIndex(imageIndex).setResolution(input.resolution())
                    .setWidth(input.resolution()).setHeight(input.resolution()).setTokens(input.tokens()));
            tokens.setVisionTokens(tokens.getVisionTokens() + input.tokens());
            longestBatchQueue = Math.max(longestBatchQueue, result.queueNanos());
            largestBatch = Math.max(largestBatch, result.batchSize());
        }
        long waitedNanos = batchesDoneNanos - preprocessedNanos;
        long batchQueue = Math.min(longestBatchQueue, waitedNanos);
        long endNanos = System.nanoTime();
        Timings timings = Timings.newBuilder()
                .setQueueUs(micros(startedNanos - receivedNanos + batchQueue))
                .setPreprocessUs(micros(preprocessedNanos - startedNanos))
                .setInferenceUs(micros(waitedNanos - batchQueue))
                .setPostprocessUs(micros(endNanos - batchesDoneNanos))
                .setTotalUs(micros(endNanos - receivedNanos))
                .build();
        response.setAccounting(Accounting.newBuilder()
                .setService(SERVICE)
                .setRequestId(request.getRequestId().isBlank() ? UUID.randomUUID().toString() : request.getRequestId())
                .setModel(spec.id())
                .setDevice(spec.device())
                .setBatchSize(largestBatch)
                .setTimings(timings)
                .setTokens(tokens));
        return response.build();
    }

    static BackboneKind kind(BackboneSpec spec) {
        return switch (spec.preprocessing().kind()) {
            case DYNAMIC_SIZE -> BackboneKind.BACKBONE_KIND_DYNAMIC_SIZE;
            case FIXED_SIZE -> BackboneKind.BACKBONE_KIND_FIXED_SIZE;
        };
    }

    private static ResizeMode mode(PreparedImage input) {
        return switch (input.mode()) {
            case NATIVE -> ResizeMode.RESIZE_MODE_NATIVE;
            case RESIZED_TO_INPUT -> ResizeMode.RESIZE_MODE_RESIZED_TO_INPUT;
        };
    }

    private static ByteString packed(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vector);
        return ByteString.copyFrom(bytes.array());
    }

    private static long micros(long nanos) {
        return Math.max(0, nanos / 1_000);
    }
}

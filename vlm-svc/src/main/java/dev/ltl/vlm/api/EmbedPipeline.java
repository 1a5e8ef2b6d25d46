package dev.ltl.vlm.api;

import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.common.media.MediaDecodeException;
import dev.ltl.proto.vlm.v1.EmbedRequest;
import dev.ltl.proto.vlm.v1.EmbedResponse;
import dev.ltl.vlm.api.EmbedRequestValidator.ValidEmbedRequest;
import dev.ltl.vlm.domain.BatchedResult;
import dev.ltl.vlm.domain.PreparedImage;
import dev.ltl.vlm.infra.ImageSourceLoader;
import dev.ltl.vlm.infra.SourcedImage;
import io.grpc.Context;
import io.grpc.Status;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One Embed request end to end: validate, decode every source, preprocess every (image, resolution) pair,
 * hand them to the model's dynamic batchers, and assemble the response once the last batch is back. The
 * decode and preprocess part runs on the calling worker; the response is built on the inference thread
 * that completes the last batch, so no thread blocks waiting for batches.
 */
@ApplicationScoped
public class EmbedPipeline {
    private final EmbedRequestValidator validator;
    private final ImageSourceLoader loader;

    public EmbedPipeline(EmbedRequestValidator validator, ImageSourceLoader loader) {
        this.validator = validator;
        this.loader = loader;
    }

    /**
     * Starts the request. Request errors (validation, decoding) are thrown as gRPC status exceptions right
     * away; inference errors complete the returned future exceptionally.
     *
     * @param receivedNanos when the request arrived (start of its queue time)
     */
    public CompletableFuture<EmbedResponse> start(EmbedRequest request, long receivedNanos) {
        long startedNanos = System.nanoTime();
        if (Context.current().isCancelled()) {
            throw Status.CANCELLED.withDescription("request cancelled or past its deadline before embedding")
                    .asRuntimeException();
        }
        ValidEmbedRequest valid = validator.validate(request);
        List<SourcedImage> images = decodeAll(request);
        List<PreparedImage> prepared = new ArrayList<>(images.size() * valid.resolutions().size());
        for (SourcedImage image : images) {
            for (int r : valid.resolutions()) {
                prepared.add(valid.engine().prepare(image.image(), r));
            }
        }
        long preprocessedNanos = System.nanoTime();
        if (Context.current().isCancelled()) {
            throw Status.CANCELLED.withDescription("request cancelled or past its deadline after decoding")
                    .asRuntimeException();
        }
        List<CompletableFuture<BatchedResult<float[]>>> results = valid.engine().embed(prepared);
        EmbedResponseAssembler assembler = new EmbedResponseAssembler(request, valid, images, prepared,
                receivedNanos, startedNanos, preprocessedNanos);
        return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
                .thenApply(done -> assembler.assemble(results.stream().map(CompletableFuture::join).toList()));
    }

    private List<SourcedImage> decodeAll(EmbedRequest request) {
        List<SourcedImage> images = new ArrayList<>();
        for (int i = 0; i < request.getImagesCount(); i++) {
            try {
                images.addAll(loader.load(request.getImages(i), i));
            } catch (MediaDecodeException e) {
                throw GrpcErrors.invalidArgument(e.field(), e.getMessage());
            } catch (ImageSourceLoader.AccessDeniedException e) {
                throw Status.PERMISSION_DENIED.withDescription(e.getMessage()).asRuntimeException();
            }
        }
        return images;
    }
}

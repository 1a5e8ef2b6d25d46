package dev.ltl.vlm.api;

import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.common.media.MediaDecodeException;
import dev.ltl.proto.vlm.v1.AnswerRequest;
import dev.ltl.proto.vlm.v1.AnswerResponse;
import dev.ltl.vlm.api.AnswerRequestValidator.ValidAnswerRequest;
import dev.ltl.vlm.domain.answer.AnswerBackendException;
import dev.ltl.vlm.domain.answer.AnswerQuery;
import dev.ltl.vlm.domain.answer.AnswerResult;
import dev.ltl.vlm.domain.answer.InvalidQueryException;
import dev.ltl.vlm.domain.answer.QuestionImage;
import dev.ltl.vlm.infra.ImageSourceLoader;
import dev.ltl.vlm.infra.SourcedImage;
import io.grpc.Context;
import io.grpc.Status;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * One Answer request end to end, synchronously on the calling (answer-pool) thread: validate, decode the
 * images, ask the model, assemble the response. Every expected failure leaves as a gRPC status exception
 * naming the field at fault; the model's own refusals ({@link InvalidQueryException}) become
 * INVALID_ARGUMENT, an unreachable backend UNAVAILABLE, any other backend failure INTERNAL.
 */
@ApplicationScoped
public class AnswerPipeline {
    private final AnswerRequestValidator validator;
    private final ImageSourceLoader loader;

    public AnswerPipeline(AnswerRequestValidator validator, ImageSourceLoader loader) {
        this.validator = validator;
        this.loader = loader;
    }

    /** @param receivedNanos when the request arrived (start of its queue time) */
    public AnswerResponse answer(AnswerRequest request, long receivedNanos) {
        long startedNanos = System.nanoTime();
        checkNotCancelled("before answering");
        ValidAnswerRequest valid = validator.validate(request);
        List<QuestionImage> images = decodeAll(request, valid);
        checkNotCancelled("after decoding");
        AnswerQuery query = new AnswerQuery(request.getQuestion(), request.getOptionsList(), images, valid.strategy(),
                valid.maxNewTokens(), valid.format(), valid.instruction());
        long decodedNanos = System.nanoTime();
        AnswerResult result = ask(valid, query);
        long answeredNanos = System.nanoTime();
        return new AnswerResponseAssembler(request, valid, result, receivedNanos, startedNanos, decodedNanos,
                answeredNanos).assemble();
    }

    private static AnswerResult ask(ValidAnswerRequest valid, AnswerQuery query) {
        try {
            return valid.engine().answer(query);
        } catch (InvalidQueryException e) {
            throw GrpcErrors.invalidArgument(e.field(), valid.model().id() + ": " + e.getMessage());
        } catch (AnswerBackendException e) {
            if (e.unavailable()) {
                throw Status.UNAVAILABLE.withDescription(valid.model().id() + ": " + e.getMessage()).withCause(e)
                        .asRuntimeException();
            }
            throw GrpcErrors.internal(valid.model().id() + " failed: " + e.getMessage());
        }
    }

    /** Each request image (a video source expands to one image per second), shown at its requested size. */
    private List<QuestionImage> decodeAll(AnswerRequest request, ValidAnswerRequest valid) {
        List<QuestionImage> images = new ArrayList<>();
        for (int i = 0; i < request.getImagesCount(); i++) {
            try {
                for (SourcedImage image : loader.load(request.getImages(i).getSource(), i,
                        "images[" + i + "].source")) {
                    images.add(new QuestionImage(image.image(), valid.sizes().get(i)));
                }
            } catch (MediaDecodeException e) {
                throw GrpcErrors.invalidArgument(e.field(), e.getMessage());
            } catch (ImageSourceLoader.AccessDeniedException e) {
                throw Status.PERMISSION_DENIED.withDescription(e.getMessage()).asRuntimeException();
            }
        }
        return images;
    }

    private static void checkNotCancelled(String when) {
        if (Context.current().isCancelled()) {
            throw Status.CANCELLED.withDescription("request cancelled or past its deadline " + when).asRuntimeException();
        }
    }
}

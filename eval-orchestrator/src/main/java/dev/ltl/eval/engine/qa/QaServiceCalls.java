package dev.ltl.eval.engine.qa;

import dev.ltl.eval.engine.accounting.AccountingLedger;
import dev.ltl.proto.common.v1.MediaInput;
import dev.ltl.proto.eventness.v1.EventnessServiceGrpc;
import dev.ltl.proto.eventness.v1.ScoreRequest;
import dev.ltl.proto.eventness.v1.ScoreResponse;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import dev.ltl.proto.planner.v1.SelectFramesResponse;
import dev.ltl.proto.vlm.v1.AnswerRequest;
import dev.ltl.proto.vlm.v1.AnswerResponse;
import dev.ltl.proto.vlm.v1.VlmServiceGrpc;
import io.grpc.Channel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The three RPCs a QA evaluation makes, as blocking unary calls (the engine bounds concurrency
 * with its own worker threads), each recorded in the run's {@link AccountingLedger} under
 * {@code service/Rpc} with the method it served. Thread-safe: gRPC stubs are.
 */
public final class QaServiceCalls {
    /** A generous per-call deadline: a hung service fails one row instead of the whole run. */
    private static final long DEADLINE_SECONDS = 600;

    private final EventnessServiceGrpc.EventnessServiceBlockingStub eventness;
    private final PlannerServiceGrpc.PlannerServiceBlockingStub planner;
    private final VlmServiceGrpc.VlmServiceBlockingStub vlm;
    private final AccountingLedger ledger;

    public QaServiceCalls(Channel eventness, Channel planner, Channel vlm, AccountingLedger ledger) {
        this.eventness = EventnessServiceGrpc.newBlockingStub(eventness);
        this.planner = PlannerServiceGrpc.newBlockingStub(planner);
        this.vlm = VlmServiceGrpc.newBlockingStub(vlm);
        this.ledger = ledger;
    }

    public AccountingLedger ledger() {
        return ledger;
    }

    /** Exactly {@code numSeconds} per-second scores of {@code media} by an eventness method. */
    public double[] score(String requestId, String method, Path media, int numSeconds) {
        ScoreRequest request = ScoreRequest.newBuilder().setRequestId(requestId).setMethod(method)
                .setNumSegments(numSeconds)
                .setMedia(MediaInput.newBuilder().setUri(media.toAbsolutePath().toUri().toString()))
                .build();
        ScoreResponse response = eventness.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS).score(request);
        ledger.record("eventness/Score", null, response.getAccounting());
        return response.getScoresList().stream().mapToDouble(Double::doubleValue).toArray();
    }

    public SelectFramesResponse selectFrames(SelectFramesRequest request) {
        SelectFramesResponse response = planner.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
                .selectFrames(request);
        ledger.record("planner/SelectFrames", request.getMethod(), response.getAccounting());
        return response;
    }

    public dev.ltl.proto.vlm.v1.ListModelsResponse listModels(dev.ltl.proto.vlm.v1.ListModelsRequest request) {
        return vlm.withDeadlineAfter(30, TimeUnit.SECONDS).listModels(request);
    }

    /** @param method the selection method the answer is for (accounting key) */
    public AnswerResponse answer(String method, AnswerRequest request) {
        AnswerResponse response = vlm.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS).answer(request);
        ledger.record("vlm/Answer", method, response.getAccounting());
        return response;
    }
}

package dev.ltl.cli.testing;

import com.google.rpc.Code;
import dev.ltl.planner.domain.MissingInputException;
import dev.ltl.planner.domain.PlanningException;
import dev.ltl.planner.domain.qa.QaFrameSelector;
import dev.ltl.planner.domain.qa.QaMethod;
import dev.ltl.planner.domain.qa.QaSelection;
import dev.ltl.planner.domain.qa.QaSelectionRequest;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import dev.ltl.proto.planner.v1.SelectFramesResponse;
import dev.ltl.proto.planner.v1.SelectFramesStreamResponse;
import io.grpc.stub.StreamObserver;

/**
 * {@code SelectFramesStream} served by the real QA selectors of planner-core, so the CLI can be
 * checked end to end against real selections without starting Quarkus. Only the fields
 * {@code ltl select} sends are mapped; domain errors become per-item statuses as in planner-svc.
 */
public final class DomainSelectService extends PlannerServiceGrpc.PlannerServiceImplBase {
    private final QaFrameSelector selector = new QaFrameSelector();

    @Override
    public StreamObserver<SelectFramesRequest> selectFramesStream(StreamObserver<SelectFramesStreamResponse> responses) {
        return new StreamObserver<>() {
            @Override
            public void onNext(SelectFramesRequest request) {
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

    private SelectFramesStreamResponse answer(SelectFramesRequest request) {
        SelectFramesStreamResponse.Builder response = SelectFramesStreamResponse.newBuilder()
                .setRequestId(request.getRequestId());
        try {
            QaSelectionRequest input = new QaSelectionRequest(QaMethod.fromWire(request.getMethod()), 0,
                    request.hasBudgetFrames() ? request.getBudgetFrames() : null, request.getSeed(),
                    request.getItemSeedKey(), null, null, null,
                    request.getScoresList().stream().mapToDouble(Double::doubleValue).toArray());
            QaSelection selection = selector.select(input).selection();
            SelectFramesResponse.Builder result = SelectFramesResponse.newBuilder()
                    .addAllSelectedSeconds(selection.selectedSeconds())
                    .addAllBackgroundSeconds(selection.backgroundSeconds())
                    .addAllAnchorSeconds(selection.anchorSeconds())
                    .addAllAnchors(selection.anchors());
            selection.reliability().ifPresent(r -> result.setAlpha(r.alpha()).setQBar(r.qBar()));
            return response.setResult(result).build();
        } catch (PlanningException e) {
            int code = e instanceof MissingInputException ? Code.FAILED_PRECONDITION_VALUE : Code.INVALID_ARGUMENT_VALUE;
            return response.setError(com.google.rpc.Status.newBuilder().setCode(code).setMessage(e.getMessage()))
                    .build();
        }
    }
}

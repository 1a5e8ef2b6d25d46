package dev.ltl.cli.testing;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.rpc.Code;
import dev.ltl.proto.planner.v1.PlanRequest;
import dev.ltl.proto.planner.v1.PlanResponse;
import dev.ltl.proto.planner.v1.PlanStreamResponse;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A deterministic stand-in for planner-svc. Each second gets 352 px when its score is at least 0.5
 * and 160 px otherwise; anchors are the two best seconds; total tokens are the sum of
 * (res / 16)^2; conf_value is the top score. Config key {@value #FORCE_FALLBACK} = true reports a
 * fallback, and config key {@value #UNKNOWN_KEY} is answered with a per-item INVALID_ARGUMENT.
 */
public final class ScriptedPlannerService extends PlannerServiceGrpc.PlannerServiceImplBase {

    public static final String FORCE_FALLBACK = "force_fallback";
    public static final String UNKNOWN_KEY = "not_a_planner_key";

    private final List<PlanRequest> received = Collections.synchronizedList(new ArrayList<>());

    public List<PlanRequest> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public StreamObserver<PlanRequest> planStream(StreamObserver<PlanStreamResponse> responses) {
        return new StreamObserver<>() {
            @Override
            public void onNext(PlanRequest request) {
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

    private static PlanStreamResponse answer(PlanRequest request) {
        PlanStreamResponse.Builder response = PlanStreamResponse.newBuilder().setRequestId(request.getRequestId());
        Struct config = request.getConfig();
        if (config.containsFields(UNKNOWN_KEY)) {
            return response.setError(com.google.rpc.Status.newBuilder().setCode(Code.INVALID_ARGUMENT_VALUE)
                    .setMessage("unknown config key \"" + UNKNOWN_KEY + "\"")).build();
        }
        List<Double> scores = request.getScoresList();
        PlanResponse.Builder plan = PlanResponse.newBuilder().setRequestId(request.getRequestId());
        long tokens = 0;
        for (double score : scores) {
            int resolution = score >= 0.5 ? 352 : 160;
            plan.addResolutions(resolution);
            tokens += (long) (resolution / 16) * (resolution / 16);
        }
        IntStream.range(0, scores.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer t) -> scores.get(t)).reversed())
                .limit(2)
                .forEach(plan::addAnchors);
        boolean fallback = config.getFieldsOrDefault(FORCE_FALLBACK, Value.getDefaultInstance()).getBoolValue();
        plan.setFallbackUsed(fallback)
                .setFallbackReason(fallback ? "conf_below_threshold" : "")
                .setConfValue(scores.stream().mapToDouble(Double::doubleValue).max().orElse(0))
                .setTotalTokens(tokens)
                .setBaseline(request.getBaseline());
        return response.setResult(plan).build();
    }
}

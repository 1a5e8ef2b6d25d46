package dev.ltl.eval.engine.clients;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.ltl.proto.planner.v1.PlanRequest;
import dev.ltl.proto.planner.v1.PlanResponse;
import dev.ltl.proto.planner.v1.PlanStreamResponse;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import io.grpc.Channel;
import io.grpc.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plans clips through planner-svc: many over PlanStream (any per-item error fails the whole
 * batch), or one over the unary Plan.
 */
public final class PlannerClient {
    private final PlannerServiceGrpc.PlannerServiceStub stub;
    private final PlannerServiceGrpc.PlannerServiceBlockingStub blocking;
    private final int window;

    public PlannerClient(Channel channel, int window) {
        this.stub = PlannerServiceGrpc.newStub(channel);
        this.blocking = PlannerServiceGrpc.newBlockingStub(channel);
        this.window = window;
    }

    /** One plan over the unary call. */
    public PlanResponse plan(PlanRequest request) {
        return blocking.plan(request);
    }

    public List<PlanResponse> planAll(List<PlanRequest> requests) throws InterruptedException {
        List<PlanStreamResponse> answers = OrderedStreamCall.exchange(stub::planStream, requests, window);
        List<PlanResponse> plans = new ArrayList<>(answers.size());
        for (PlanStreamResponse answer : answers) {
            if (answer.hasError()) {
                throw Status.fromCodeValue(answer.getError().getCode())
                        .withDescription("plan '" + answer.getRequestId() + "': " + answer.getError().getMessage())
                        .asRuntimeException();
            }
            plans.add(answer.getResult());
        }
        return plans;
    }

    /** A config map with reference key names as the request's Struct. */
    public static Struct toStruct(Map<String, ?> config) {
        Struct.Builder struct = Struct.newBuilder();
        config.forEach((key, value) -> struct.putFields(key, toValue(value)));
        return struct.build();
    }

    private static Value toValue(Object value) {
        if (value == null) {
            return Value.newBuilder().setNullValue(com.google.protobuf.NullValue.NULL_VALUE).build();
        }
        if (value instanceof Number number) {
            return Value.newBuilder().setNumberValue(number.doubleValue()).build();
        }
        if (value instanceof Boolean bool) {
            return Value.newBuilder().setBoolValue(bool).build();
        }
        if (value instanceof List<?> list) {
            com.google.protobuf.ListValue.Builder values = com.google.protobuf.ListValue.newBuilder();
            list.forEach(item -> values.addValues(toValue(item)));
            return Value.newBuilder().setListValue(values).build();
        }
        if (value instanceof Map<?, ?> map) {
            Struct.Builder nested = Struct.newBuilder();
            map.forEach((k, v) -> nested.putFields(String.valueOf(k), toValue(v)));
            return Value.newBuilder().setStructValue(nested).build();
        }
        return Value.newBuilder().setStringValue(String.valueOf(value)).build();
    }
}

package dev.ltl.bench;

import com.google.protobuf.Struct;
import dev.ltl.proto.planner.v1.Baseline;
import dev.ltl.proto.planner.v1.PlanRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the anchored-pipeline PlanRequests the gRPC benchmarks send. */
public final class PlanRequests {

    private PlanRequests() {
    }

    /** One request per score vector, all with the same config, ids {@code bench-0, bench-1, …}. */
    public static List<PlanRequest> anchored(double[][] clips, Map<String, ?> config) {
        Struct struct = ConfigStructs.toStruct(config);
        List<PlanRequest> requests = new ArrayList<>(clips.length);
        for (int i = 0; i < clips.length; i++) {
            PlanRequest.Builder request = PlanRequest.newBuilder()
                    .setRequestId("bench-" + i)
                    .setConfig(struct)
                    .setBaseline(Baseline.BASELINE_ANCHORED);
            for (double score : clips[i]) {
                request.addScores(score);
            }
            requests.add(request.build());
        }
        return List.copyOf(requests);
    }
}

package dev.ltl.eval.engine.ave;

import com.google.protobuf.Struct;
import dev.ltl.eval.analysis.DegradationSuite;
import dev.ltl.eval.engine.accounting.AccountingLedger;
import dev.ltl.eval.engine.clients.PlannerClient;
import dev.ltl.proto.planner.v1.Baseline;
import dev.ltl.proto.planner.v1.PlanRequest;
import dev.ltl.proto.planner.v1.PlanResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Anchor selection by planner-svc: an anchored plan of the scores under a fixed config, keeping
 * only its final anchors. Thread-safe.
 */
public final class PlannerAnchorPicker implements DegradationSuite.AnchorPicker {
    private final PlannerClient planner;
    private final Struct config;
    private final AccountingLedger ledger;

    public PlannerAnchorPicker(PlannerClient planner, Map<String, Object> config, AccountingLedger ledger) {
        this.planner = planner;
        this.config = PlannerClient.toStruct(config);
        this.ledger = ledger;
    }

    /**
     * The anchor config of the degradation suite (§5.10): k, select, NMS radius and shift; every
     * other key keeps the library default, whose confidence gate is off (threshold 0), so no clip
     * falls back, as in the reference suite.
     */
    public static Map<String, Object> gateFreeConfig(int k, String select, int nmsRadius, int shift) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("k", k);
        config.put("anchor_select", select);
        config.put("anchor_nms_radius", nmsRadius);
        config.put("anchor_shift", shift);
        return config;
    }

    @Override
    public int[] anchors(double[] scores) {
        PlanRequest.Builder request = PlanRequest.newBuilder().setRequestId("anchors").setConfig(config)
                .setBaseline(Baseline.BASELINE_ANCHORED);
        for (double s : scores) {
            request.addScores(s);
        }
        PlanResponse plan = planner.plan(request.build());
        ledger.record("planner/Plan", Baselines.ANCHORED, plan.getAccounting());
        return plan.getAnchorsList().stream().mapToInt(Integer::intValue).toArray();
    }
}

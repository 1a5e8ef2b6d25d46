package dev.ltl.eval.engine.ave;

import dev.ltl.eval.engine.accounting.AccountingLedger;
import dev.ltl.eval.engine.clients.PlannerClient;
import dev.ltl.planner.domain.PythonRandom;
import dev.ltl.proto.planner.v1.PlanRequest;
import dev.ltl.proto.planner.v1.PlanResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plans of every train and eval clip for one (config, baseline[, seed]), made by planner-svc and
 * memoised: non-random plans are built once and reused across seeds and candidates that share
 * them; random plans are rebuilt per seed (reference §4.2).
 */
public final class PlanBook {
    private final PlannerClient planner;
    private final AveData data;
    private final AccountingLedger ledger;
    private final Map<String, Map<String, PlanResponse>> memo = new ConcurrentHashMap<>();

    public PlanBook(PlannerClient planner, AveData data, AccountingLedger ledger) {
        this.planner = planner;
        this.data = data;
        this.ledger = ledger;
    }

    /** clip id → plan, for train ids then eval ids. */
    public Map<String, PlanResponse> plans(Map<String, Object> config, String planBaseline, int seed)
            throws InterruptedException {
        boolean random = Baselines.RANDOM.equals(planBaseline);
        String key = new TreeMap<>(nullSafe(config)) + "|" + planBaseline + (random ? "|seed=" + seed : "");
        Map<String, PlanResponse> cached = memo.get(key);
        if (cached != null) {
            return cached;
        }
        List<String> ids = data.allIds();
        Map<String, int[]> randomAnchors = random ? drawRandomAnchors(ids, config, seed) : Map.of();
        List<PlanRequest> requests = new ArrayList<>(ids.size());
        for (String id : ids) {
            PlanRequest.Builder request = PlanRequest.newBuilder().setRequestId(id)
                    .setConfig(PlannerClient.toStruct(config))
                    .setBaseline(Baselines.plannerBaseline(planBaseline));
            for (double s : data.scores().get(id)) {
                request.addScores(s);
            }
            if (Baselines.ORACLE.equals(planBaseline)) {
                for (int label : data.labels().get(id)) {
                    request.addOracleSegments(label);
                }
            }
            if (random) {
                for (int anchor : randomAnchors.get(id)) {
                    request.addRandomAnchors(anchor);
                }
            }
            requests.add(request.build());
        }
        List<PlanResponse> answers = planner.planAll(requests);
        Map<String, PlanResponse> plans = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            plans.put(ids.get(i), answers.get(i));
            ledger.record("planner/PlanStream", planBaseline, answers.get(i).getAccounting());
        }
        memo.put(key, plans);
        return plans;
    }

    /**
     * The reference's draw order: one Python {@code Random(seed)} per seed, {@code sample(range(N), k)}
     * once per clip, first over all train clips, then over all eval clips.
     */
    private Map<String, int[]> drawRandomAnchors(List<String> ids, Map<String, Object> config, int seed) {
        int k = config.get("k") instanceof Number n ? n.intValue() : 2;
        PythonRandom rng = new PythonRandom(seed);
        Map<String, int[]> anchors = new LinkedHashMap<>();
        for (String id : ids) {
            anchors.put(id, rng.sample(data.numSeconds(), Math.min(k, data.numSeconds())));
        }
        return anchors;
    }

    private static Map<String, Object> nullSafe(Map<String, Object> config) {
        Map<String, Object> copy = new TreeMap<>();
        config.forEach((k, v) -> copy.put(k, v == null ? "null" : v));
        return copy;
    }
}

package dev.ltl.eval.engine.accounting;

import dev.ltl.proto.common.v1.Accounting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the Accounting envelope of every service call a run makes and summarises it per RPC:
 * call count, P50/P90/P99/max server-side latency (µs) and vision tokens. Thread-safe.
 */
public final class AccountingLedger {
    private final Map<String, List<Long>> latencyByRpc = new TreeMap<>();
    private final Map<String, Long> visionTokensByRpc = new TreeMap<>();
    private final Map<String, Long> visionTokensByBaseline = new TreeMap<>();

    /** Records one call of {@code rpc} (e.g. "planner/Plan"); {@code baseline} may be null. */
    public synchronized void record(String rpc, String baseline, Accounting accounting) {
        latencyByRpc.computeIfAbsent(rpc, k -> new ArrayList<>()).add(accounting.getTimings().getTotalUs());
        long tokens = accounting.getTokens().getVisionTokens();
        visionTokensByRpc.merge(rpc, tokens, Long::sum);
        if (baseline != null) {
            visionTokensByBaseline.merge(baseline, tokens, Long::sum);
        }
    }

    /** JSON-ready summary: {rpc: {n, p50_us, p90_us, p99_us, max_us, vision_tokens}}, tokens by baseline. */
    public synchronized Map<String, Object> summary() {
        Map<String, Object> rpcs = new LinkedHashMap<>();
        latencyByRpc.forEach((rpc, values) -> {
            long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("n", sorted.length);
            row.put("p50_us", percentile(sorted, 50));
            row.put("p90_us", percentile(sorted, 90));
            row.put("p99_us", percentile(sorted, 99));
            row.put("max_us", sorted[sorted.length - 1]);
            row.put("vision_tokens", visionTokensByRpc.getOrDefault(rpc, 0L));
            rpcs.put(rpc, row);
        });
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("rpcs", rpcs);
        summary.put("vision_tokens_by_baseline", new LinkedHashMap<>(visionTokensByBaseline));
        return summary;
    }

    /** Nearest-rank percentile of an ascending array (the smallest value with at least p% at or below it). */
    static long percentile(long[] ascending, double p) {
        int rank = (int) Math.ceil(p / 100.0 * ascending.length);
        return ascending[Math.max(0, Math.min(ascending.length - 1, rank - 1))];
    }
}

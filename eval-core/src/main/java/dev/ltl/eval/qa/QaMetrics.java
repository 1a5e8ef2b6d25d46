package dev.ltl.eval.qa;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The QA metrics of spec §1: per-method accuracy and invalid rate, and the paired-bootstrap
 * {@code delta_vs_uniform} of every other method. A pure function of the rows: rows are paired by
 * qid in sorted qid order, so the order in which a (resumed, concurrent) run wrote them never
 * changes a number.
 */
public final class QaMetrics {
    /** The baseline every method is compared against (always part of a run). */
    public static final String BASELINE = "uniform";

    private QaMetrics() {
    }

    /**
     * The {@code summary} and {@code delta_vs_uniform} blocks.
     *
     * @param summary        one entry per method, in {@code methods} order
     * @param deltaVsUniform per non-uniform method (in {@code methods} order), paired on the items
     *                       both methods answered; empty when uniform has no rows
     */
    public record Result(List<MethodSummary> summary, Map<String, BootstrapDelta> deltaVsUniform) {
    }

    /**
     * Computes the metrics. Rows of methods not listed are ignored; a duplicate (qid, method) row
     * is refused. Every method's bootstrap uses {@code seed} itself, so adding or reordering
     * methods never changes another method's CI.
     */
    public static Result compute(List<QaPrediction> rows, List<String> methods, int nBoot, long seed) {
        Map<String, Map<String, QaPrediction>> byMethod = indexByMethodAndQid(rows, methods);
        List<MethodSummary> summary = methods.stream()
                .map(m -> summarise(m, List.copyOf(byMethod.get(m).values())))
                .toList();
        Map<String, BootstrapDelta> deltas = new LinkedHashMap<>();
        Map<String, QaPrediction> baseline = byMethod.get(BASELINE);
        if (baseline != null && !baseline.isEmpty()) {
            for (String method : methods) {
                if (!method.equals(BASELINE)) {
                    deltas.put(method, pairedDelta(byMethod.get(method), baseline, nBoot, seed));
                }
            }
        }
        return new Result(summary, deltas);
    }

    /** Accuracy and invalid rate of some rows (typically one method's). */
    public static MethodSummary summarise(String method, List<QaPrediction> rows) {
        int n = rows.size();
        if (n == 0) {
            return new MethodSummary(method, 0, Double.NaN, Double.NaN);
        }
        long correct = rows.stream().filter(QaPrediction::correct).count();
        long invalid = rows.stream().filter(QaPrediction::invalid).count();
        return new MethodSummary(method, n, (double) correct / n, (double) invalid / n);
    }

    /** Per-item correct(method) − correct(baseline) over the qids both have, in sorted qid order. */
    public static double[] pairedDifferences(Map<String, QaPrediction> methodByQid,
                                             Map<String, QaPrediction> baselineByQid) {
        return new TreeMap<>(methodByQid).entrySet().stream()
                .filter(e -> baselineByQid.containsKey(e.getKey()))
                .mapToDouble(e -> score(e.getValue()) - score(baselineByQid.get(e.getKey())))
                .toArray();
    }

    /**
     * Rows grouped per listed method (in {@code methods} order), each keyed by qid in sorted order.
     * A duplicate (qid, method) row is refused.
     */
    static Map<String, Map<String, QaPrediction>> indexByMethodAndQid(List<QaPrediction> rows, List<String> methods) {
        Map<String, Map<String, QaPrediction>> byMethod = new LinkedHashMap<>();
        for (String method : methods) {
            byMethod.put(method, new TreeMap<>());
        }
        for (QaPrediction row : rows) {
            Map<String, QaPrediction> forMethod = byMethod.get(row.method());
            if (forMethod != null && forMethod.put(row.qid(), row) != null) {
                throw new IllegalArgumentException("duplicate row " + row.key());
            }
        }
        return byMethod;
    }

    /** Distinct qids among the rows. */
    static int distinctItems(List<QaPrediction> rows) {
        Set<String> qids = new HashSet<>();
        rows.forEach(r -> qids.add(r.qid()));
        return qids.size();
    }

    private static BootstrapDelta pairedDelta(Map<String, QaPrediction> method, Map<String, QaPrediction> baseline,
                                              int nBoot, long seed) {
        List<String> shared = method.keySet().stream().filter(baseline::containsKey).sorted().toList();
        double[] methodCorrect = shared.stream().mapToDouble(q -> score(method.get(q))).toArray();
        double[] baselineCorrect = shared.stream().mapToDouble(q -> score(baseline.get(q))).toArray();
        return PairedBootstrap.delta(methodCorrect, baselineCorrect, nBoot, seed);
    }

    private static double score(QaPrediction row) {
        return row.correct() ? 1.0 : 0.0;
    }
}

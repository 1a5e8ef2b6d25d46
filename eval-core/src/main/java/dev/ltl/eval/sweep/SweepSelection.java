package dev.ltl.eval.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sweep's best-candidate rule (reference §5.2, [DIFF]: no p-value tie-break).
 * <ol>
 *   <li>Sort by Δ descending, stable (ties keep candidate-list order). A null Δ and
 *       [QUIRK: falsy zero] a Δ exactly 0.0 both sort as −∞, because the reference writes
 *       {@code delta or -inf}.</li>
 *   <li>With p_filter &gt; 0: F1 = Δ &gt; 0 and p &lt; p_filter; else F2 = Δ &gt; 0; else everything.</li>
 *   <li>best = the first of the filtered sorted list; top3 = the first 3 of the unfiltered one.</li>
 * </ol>
 */
public final class SweepSelection {
    /** The reference default p-value filter. */
    public static final double DEFAULT_P_FILTER = 0.1;

    /**
     * @param best   the selected candidate
     * @param top3   the first three of the unfiltered ranking
     * @param ranked every candidate in ranking order
     */
    public record Outcome(SweepEntry best, List<SweepEntry> top3, List<SweepEntry> ranked) {
        public Outcome {
            top3 = List.copyOf(top3);
            ranked = List.copyOf(ranked);
        }
    }

    private SweepSelection() {
    }

    /** Selects with the default p_filter 0.1. */
    public static Outcome select(List<SweepEntry> candidates) {
        return select(candidates, DEFAULT_P_FILTER);
    }

    /**
     * Applies the rule.
     *
     * @throws IllegalArgumentException when there is no candidate
     */
    public static Outcome select(List<SweepEntry> candidates, double pFilter) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no sweep candidates to select from");
        }
        List<SweepEntry> ranked = new ArrayList<>(candidates);
        // List.sort is a stable merge sort, matching Python's sorted().
        ranked.sort(Comparator.comparingDouble(SweepSelection::sortKey).reversed());
        List<SweepEntry> pool = ranked;
        if (pFilter > 0) {
            List<SweepEntry> significant = ranked.stream()
                    .filter(e -> isPositive(e) && e.anchoredVsUniformP() != null && e.anchoredVsUniformP() < pFilter)
                    .toList();
            List<SweepEntry> positive = ranked.stream().filter(SweepSelection::isPositive).toList();
            pool = !significant.isEmpty() ? significant : !positive.isEmpty() ? positive : ranked;
        }
        return new Outcome(pool.get(0), ranked.subList(0, Math.min(3, ranked.size())), ranked);
    }

    /** The rule string the MDE gate sweep records. */
    public static final String MDE_GATE_SWEEP_RULE = "max(delta_mean), tie-break by min(p)";

    /**
     * The different rule of the MDE {@code gate_sweep} (E0503, §5.2): maximise (Δ, −p) with a
     * null p counted as 0; the first candidate wins exact ties. Candidates with a null Δ never win
     * unless every Δ is null ([AMBIG] choice; the reference does not say).
     *
     * @throws IllegalArgumentException when there is no candidate
     */
    public static SweepEntry selectMdeGateSweep(List<SweepEntry> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no sweep candidates to select from");
        }
        SweepEntry best = candidates.get(0);
        for (SweepEntry e : candidates.subList(1, candidates.size())) {
            if (mdeBetter(e, best)) {
                best = e;
            }
        }
        return best;
    }

    private static boolean mdeBetter(SweepEntry a, SweepEntry b) {
        double da = a.anchoredMinusUniformMean() == null ? Double.NEGATIVE_INFINITY : a.anchoredMinusUniformMean();
        double db = b.anchoredMinusUniformMean() == null ? Double.NEGATIVE_INFINITY : b.anchoredMinusUniformMean();
        if (da != db) {
            return da > db;
        }
        double pa = a.anchoredVsUniformP() == null ? 0.0 : a.anchoredVsUniformP();
        double pb = b.anchoredVsUniformP() == null ? 0.0 : b.anchoredVsUniformP();
        return pa < pb;
    }

    /**
     * [QUIRK] {@code delta or -inf}: null and 0.0 both become −∞. [AMBIG] choice: NaN (which
     * Python would sort unpredictably) is treated as −∞ too.
     */
    static double sortKey(SweepEntry e) {
        Double delta = e.anchoredMinusUniformMean();
        if (delta == null || delta == 0.0 || Double.isNaN(delta)) {
            return Double.NEGATIVE_INFINITY;
        }
        return delta;
    }

    private static boolean isPositive(SweepEntry e) {
        return e.anchoredMinusUniformMean() != null && e.anchoredMinusUniformMean() > 0;
    }
}

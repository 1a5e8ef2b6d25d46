package dev.ltl.eval.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The condition grids of §5.10 (18 rows: shift × SNR × silence, nested in that order) and
 * §5.11 (54 rows: the same × α).
 */
public final class DegradationGrid {
    public static final double[] SHIFTS_S = {-0.5, 0.0, 0.5};
    public static final double[] SNRS_DB = {20, 10, 0};
    public static final double[] SILENCE_RATIOS = {0.0, 0.5};
    public static final double[] ALPHAS = {0.0, 0.5, 1.0};
    public static final List<Integer> DELTAS = List.of(0, 1, 2);

    /** A §5.11 row key: a condition and the α floor. */
    public record AlphaCondition(DegradationCondition condition, double alpha) {
    }

    private DegradationGrid() {
    }

    /** The 18 degradation-suite conditions in emission order. */
    public static List<DegradationCondition> suite() {
        List<DegradationCondition> out = new ArrayList<>();
        for (double shift : SHIFTS_S) {
            for (double snr : SNRS_DB) {
                for (double silence : SILENCE_RATIOS) {
                    out.add(new DegradationCondition(shift, snr, silence));
                }
            }
        }
        return out;
    }

    /**
     * The 54 degradation-accuracy rows. [AMBIG] The nesting of α is not stated; α is the
     * innermost loop here, so each condition's three α rows are adjacent.
     */
    public static List<AlphaCondition> accuracy() {
        List<AlphaCondition> out = new ArrayList<>();
        for (DegradationCondition c : suite()) {
            for (double alpha : ALPHAS) {
                out.add(new AlphaCondition(c, alpha));
            }
        }
        return out;
    }
}

package dev.ltl.eval.analysis;

import java.util.Arrays;
import java.util.List;

/** A (low, base, high) resolution triad, labelled "l_b_h" in reports (§5.12). */
public record Triad(int lowRes, int baseRes, int highRes) {

    /** The reference Pareto triads "112,160,224; 160,224,352; 224,352,448". */
    public static final List<Triad> PARETO_DEFAULT = parseList("112,160,224; 160,224,352; 224,352,448");

    /** Parses "l,b,h; l,b,h; …". */
    public static List<Triad> parseList(String spec) {
        return Arrays.stream(spec.split(";")).map(String::trim).filter(s -> !s.isEmpty()).map(Triad::parse).toList();
    }

    /** Parses "l,b,h". */
    public static Triad parse(String spec) {
        String[] p = spec.split(",");
        if (p.length != 3) {
            throw new IllegalArgumentException("a triad needs three resolutions: '" + spec + "'");
        }
        return new Triad(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()), Integer.parseInt(p[2].trim()));
    }

    /** The report label "l_b_h". */
    public String label() {
        return lowRes + "_" + baseRes + "_" + highRes;
    }

    /**
     * Whether the exact planner can meet the budget (§3.8.3): (c_h − c_l) mod (c_b − c_l) = 0
     * with both differences positive, tok(r) = (r/patch)².
     */
    public boolean exactFeasible(int patchSize) {
        long cl = tok(lowRes, patchSize);
        long cb = tok(baseRes, patchSize);
        long ch = tok(highRes, patchSize);
        return cb - cl > 0 && ch - cl > 0 && (ch - cl) % (cb - cl) == 0;
    }

    /** {@code budget_mode_used} under {@code auto}: "exact" when feasible, else "band". */
    public String autoBudgetMode(int patchSize) {
        return exactFeasible(patchSize) ? "exact" : "band";
    }

    private static long tok(int r, int patch) {
        long g = r / patch;
        return g * g;
    }
}

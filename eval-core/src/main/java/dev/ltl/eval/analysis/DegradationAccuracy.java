package dev.ltl.eval.analysis;

import dev.ltl.eval.stats.MeanStd;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The row and floor-check structures of the degradation accuracy grid (§5.11). Training and
 * evaluation belong to the run engine; it fills one {@link Row} per
 * {@link DegradationGrid#accuracy()} entry and summarises them with {@link #floorChecks}.
 */
public final class DegradationAccuracy {
    /** {@code stage1} block of a row. */
    public record Stage1(TokenUsageSummary tokenUsage, double alphaForceUniformFrac, double gateFallbackUsedFrac,
                         Map<String, Double> recallByDelta) {
    }

    /** {@code stage1.token_usage}: {mean, min, max} of the anchored eval plan totals. */
    public record TokenUsageSummary(double mean, double min, double max) {
    }

    /** {@code acc_delta}. */
    public record AccDelta(double anchoredMinusUniform, double anchoredMinusRandom) {
    }

    /**
     * One of the 54 rows.
     *
     * @param acc uniform, random_top2, anchored_top2 → {mean, std}
     */
    public record Row(double shiftS, double snrDb, double silenceRatio, double alpha, Map<String, MeanStd> acc,
                      AccDelta accDelta, Stage1 stage1) {

        /** Builds a row, deriving {@code acc_delta} from {@code acc}. */
        public static Row of(DegradationGrid.AlphaCondition key, Map<String, MeanStd> acc, Stage1 stage1) {
            double anchored = acc.get("anchored_top2").mean();
            AccDelta delta = new AccDelta(anchored - acc.get("uniform").mean(),
                    anchored - acc.get("random_top2").mean());
            DegradationCondition c = key.condition();
            return new Row(c.shiftS(), c.snrDb(), c.silenceRatio(), key.alpha(), acc, delta, stage1);
        }

        /** mean_anchored − α·mean_uniform. */
        public double floorMargin() {
            return AlphaFallback.margin(acc.get("anchored_top2").mean(), acc.get("uniform").mean(), alpha);
        }
    }

    /** {@code alpha_floor_checks}. */
    public record FloorChecks(String rule, int numRows, int numPass, int numFail, Double minMargin,
                              List<Row> worstFailures) {
    }

    /** The rule string written into {@code alpha_floor_checks.rule}. */
    public static final String FLOOR_RULE = "mean_anchored - alpha * mean_uniform >= -1e-8";

    private DegradationAccuracy() {
    }

    /** Counts passes and failures; the worst failures are the 5 smallest failing margins. */
    public static FloorChecks floorChecks(List<Row> rows) {
        int pass = 0;
        Double minMargin = null;
        for (Row r : rows) {
            double m = r.floorMargin();
            if (m >= -1e-8) {
                pass++;
            }
            minMargin = minMargin == null ? m : Math.min(minMargin, m);
        }
        List<Row> worst = rows.stream().filter(r -> r.floorMargin() < -1e-8)
                .sorted(Comparator.comparingDouble(Row::floorMargin)).limit(5).toList();
        return new FloorChecks(FLOOR_RULE, rows.size(), pass, rows.size() - pass, minMargin, worst);
    }
}

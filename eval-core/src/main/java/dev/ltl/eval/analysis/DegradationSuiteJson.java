package dev.ltl.eval.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code degradation_suite.json} (§5.10). The free-form blocks ({@code splits}, {@code counts},
 * {@code anchor_cfg}) are maps because the reference does not fix their inner keys.
 */
public record DegradationSuiteJson(boolean ok, String mode, String metaDir, String processedDir, String cachesDir,
                                   Map<String, Object> splits, Map<String, Object> counts, String eventnessMethod,
                                   boolean usesVisual, Map<String, Object> anchorCfg, Grid grid,
                                   List<DegradationSuite.Row> rows) {

    /** {@code grid{shift_s, snr_db, silence_ratio, deltas}}. */
    public record Grid(List<Double> shiftS, List<Double> snrDb, List<Double> silenceRatio, List<Integer> deltas) {
        /** The reference grid. */
        public static Grid reference() {
            return new Grid(boxed(DegradationGrid.SHIFTS_S), boxed(DegradationGrid.SNRS_DB),
                    boxed(DegradationGrid.SILENCE_RATIOS), DegradationGrid.DELTAS);
        }

        private static List<Double> boxed(double[] v) {
            return Arrays.stream(v).boxed().toList();
        }
    }
}

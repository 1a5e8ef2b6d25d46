package dev.ltl.eval.analysis;

import dev.ltl.eval.artifacts.MetricsJson;
import dev.ltl.eval.artifacts.TrainCfg;
import java.util.List;
import java.util.Map;

/**
 * {@code oracle_vs_predicted.json} (§5.12, E0201). {@code paths}, {@code splits},
 * {@code counts} and {@code p0_cfg} are maps (the config map holds the best_config keys).
 */
public record OracleVsPredictedJson(boolean ok, String mode, Map<String, Object> paths, Map<String, Object> splits,
                                    Map<String, Object> counts, List<Integer> seeds, TrainCfg trainCfg,
                                    long tokenBudget, Map<String, Object> p0Cfg,
                                    OracleVsPredicted.RunBlock predicted, OracleVsPredicted.RunBlock cheapVisual,
                                    double oracleMinusPredicted) {

    /**
     * Builds the file from the predicted run and an optional cheap-visual run (null when not
     * requested).
     */
    public static OracleVsPredictedJson of(Map<String, Object> paths, Map<String, Object> splits,
                                           Map<String, Object> counts, TrainCfg trainCfg, Map<String, Object> p0Cfg,
                                           MetricsJson predicted, String predictedPath, String anchorSource,
                                           MetricsJson cheapVisual, String cheapVisualPath) {
        OracleVsPredicted.RunBlock cv = cheapVisual == null ? null
                // [AMBIG] §5.12 does not name this block's anchor_source; we write "cheap_visual"
                : OracleVsPredicted.RunBlock.of(cheapVisual, "cheap_visual", cheapVisualPath);
        return new OracleVsPredictedJson(true, "oracle_vs_predicted", paths, splits, counts, predicted.seeds(),
                trainCfg, predicted.tokenBudget(), p0Cfg,
                OracleVsPredicted.RunBlock.of(predicted, anchorSource, predictedPath), cv,
                OracleVsPredicted.oracleMinusPredicted(predicted));
    }
}

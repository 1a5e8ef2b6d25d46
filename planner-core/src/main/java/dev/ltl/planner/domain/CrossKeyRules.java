package dev.ltl.planner.domain;

import static dev.ltl.planner.domain.config.ConfigKeys.*;

import java.util.List;
import java.util.Map;

/** Validation rules that involve more than one configuration key. */
final class CrossKeyRules {
    private static final List<String> RESOLUTION_KEYS =
            List.of(LOW_RES, BASE_RES, HIGH_RES, TRIAD_ALT_LOW_RES, TRIAD_ALT_HIGH_RES);

    private CrossKeyRules() {
    }

    static void check(Map<String, Object> values) {
        resolutionsFitPatches(values);
        windowsAreOdd(values);
        highConfMetricIsAllowed(values);
    }

    /** tok(r) = (r/P)² is only defined for r divisible by the patch size. */
    private static void resolutionsFitPatches(Map<String, Object> values) {
        int patch = (Integer) values.get(PATCH_SIZE);
        for (String key : RESOLUTION_KEYS) {
            requireMultiple(key, (Integer) values.get(key), patch);
        }
        @SuppressWarnings("unchecked")
        List<Integer> extras = (List<Integer>) values.get(BUDGET_EXTRA_RESOLUTIONS);
        for (int extra : extras) {
            requireMultiple(BUDGET_EXTRA_RESOLUTIONS, extra, patch);
        }
    }

    private static void requireMultiple(String key, int resolution, int patch) {
        if (resolution % patch != 0) {
            throw new InvalidConfigException(key, key + " = " + resolution
                    + " is not a multiple of patch_size = " + patch);
        }
    }

    /**
     * A centred window needs an odd width. Smoothing is off for widths 0 and 1; the window_topk
     * width is checked only when that selector is chosen, since other selectors ignore it.
     */
    private static void windowsAreOdd(Map<String, Object> values) {
        int smooth = (Integer) values.get(ANCHOR_SMOOTH_WINDOW);
        if (smooth > 1 && smooth % 2 == 0) {
            throw new InvalidConfigException(ANCHOR_SMOOTH_WINDOW,
                    ANCHOR_SMOOTH_WINDOW + " must be odd when > 1, got " + smooth);
        }
        int window = (Integer) values.get(ANCHOR_WINDOW);
        if ("window_topk".equals(values.get(ANCHOR_SELECT)) && window % 2 == 0) {
            throw new InvalidConfigException(ANCHOR_WINDOW,
                    ANCHOR_WINDOW + " must be odd for window_topk, got " + window);
        }
    }

    /**
     * The reference raises for std_norm in the high-count policy; when the metric is inherited
     * from anchor_conf_metric this only matters if a policy actually evaluates it.
     */
    private static void highConfMetricIsAllowed(Map<String, Object> values) {
        boolean evaluated = List.of("adaptive_v2", "adaptive_v3").contains(values.get(ANCHOR_HIGH_POLICY))
                && (Double) values.get(ANCHOR_HIGH_CONF_THRESHOLD) > 0;
        if (evaluated && values.get(ANCHOR_HIGH_CONF_METRIC) == null
                && ConfidenceMetrics.STD_NORM.equals(values.get(ANCHOR_CONF_METRIC))) {
            throw new InvalidConfigException(ANCHOR_CONF_METRIC, ANCHOR_CONF_METRIC
                    + " 'std_norm' is inherited by the high-count policy, which does not accept it;"
                    + " set anchor_high_conf_metric");
        }
    }
}

package dev.ltl.planner.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltl.planner.domain.PlannerConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** §3.6 rules; S has top12_gap 0.05, top1_med 0.65, gini 0.491. */
class HighCountPolicyTest {
    static final double[] S = {0.1, 0.9, 0.85, 0.2, 0.3, 0.7, 0.1, 0.05, 0.6, 0.2};
    private static final List<Integer> ADJACENT = List.of(1, 2);
    private static final List<Integer> FAR = List.of(1, 5);

    private static PlannerConfig cfg(Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return PlannerConfig.fromMap(m);
    }

    @Test
    void fixedReturnsTheConfiguredCap() {
        assertThat(HighCountPolicy.maxHigh(cfg(), ADJACENT, S)).isNull();
        assertThat(HighCountPolicy.maxHigh(cfg("max_high_anchors", 2), ADJACENT, S)).isEqualTo(2);
    }

    @Test
    void adaptiveV1DemotesAdjacentAnchorsAndLargeGaps() {
        PlannerConfig v1 = cfg("anchor_high_policy", "adaptive_v1");
        assertThat(HighCountPolicy.maxHigh(v1, ADJACENT, S)).isEqualTo(1);
        assertThat(HighCountPolicy.maxHigh(v1, FAR, S)).isNull();
        assertThat(HighCountPolicy.maxHigh(v1.with("anchor_high_gap_threshold", 0.04), FAR, S)).isEqualTo(1);
        assertThat(HighCountPolicy.maxHigh(v1.with("anchor_high_gap_threshold", 0.1), FAR, S)).isNull();
        assertThat(HighCountPolicy.maxHigh(v1.with("anchor_high_adjacent_dist", 4), FAR, S)).isEqualTo(1);
    }

    @Test
    void fewerThanTwoAnchorsKeepTheConfiguredCap() {
        PlannerConfig v3 = cfg("anchor_high_policy", "adaptive_v3", "max_high_anchors", 2);
        assertThat(HighCountPolicy.maxHigh(v3, List.of(4), S)).isEqualTo(2);
        assertThat(HighCountPolicy.maxHigh(v3, List.of(), S)).isEqualTo(2);
    }

    @Test
    void adaptiveV2AlsoDemotesLowHighConfidence() {
        PlannerConfig v2 = cfg("anchor_high_policy", "adaptive_v2", "anchor_high_conf_metric", "top1_med",
                "anchor_high_conf_threshold", 0.7);
        assertThat(HighCountPolicy.maxHigh(v2, FAR, S)).isEqualTo(1);
        assertThat(HighCountPolicy.maxHigh(v2.with("anchor_high_conf_threshold", 0.6), FAR, S)).isNull();
        assertThat(HighCountPolicy.maxHigh(v2.with("anchor_high_conf_threshold", 0.6), ADJACENT, S)).isEqualTo(1);
    }

    @Test
    void highConfidenceMetricFallsBackToTheGateMetricThenStd() {
        // gini 0.491 < 0.5 demotes; std 0.312 < 0.5 as well, but top1_med 0.65 does not.
        PlannerConfig inherits = cfg("anchor_high_policy", "adaptive_v2", "anchor_conf_metric", "top1_med",
                "anchor_high_conf_threshold", 0.5);
        assertThat(HighCountPolicy.maxHigh(inherits, FAR, S)).isNull();
        PlannerConfig defaultsToStd = cfg("anchor_high_policy", "adaptive_v2", "anchor_high_conf_threshold", 0.5);
        assertThat(HighCountPolicy.maxHigh(defaultsToStd, FAR, S)).isEqualTo(1);
    }

    @Test
    void adaptiveV3KeepsTwoHighOnlyForAdjacentAnchors() {
        PlannerConfig v3 = cfg("anchor_high_policy", "adaptive_v3");
        assertThat(HighCountPolicy.maxHigh(v3, FAR, S)).isEqualTo(1);
        assertThat(HighCountPolicy.maxHigh(v3, ADJACENT, S)).isNull();
        assertThat(HighCountPolicy.maxHigh(v3.with("anchor_high_gap_threshold", 0.05), ADJACENT, S)).isEqualTo(1);
    }
}

package dev.ltl.planner.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Test helpers: reference-style plan strings and small config maps. */
final class Plans {
    static final double[] S = {0.1, 0.9, 0.85, 0.2, 0.3, 0.7, 0.1, 0.05, 0.6, 0.2};
    static final ListenThenLookPlanner PLANNER = new ListenThenLookPlanner();

    private Plans() {
    }

    static int[] plan(String text) {
        return Arrays.stream(text.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
    }

    /** A config from alternating key/value arguments. */
    static PlannerConfig config(Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return PlannerConfig.fromMap(m);
    }

    static PlanResult anchored(double[] scores, PlannerConfig cfg) {
        return PLANNER.plan(PlanInput.anchored(scores, cfg));
    }
}

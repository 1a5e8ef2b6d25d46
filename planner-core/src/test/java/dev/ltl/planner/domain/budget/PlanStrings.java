package dev.ltl.planner.domain.budget;

import java.util.Arrays;

/** Test helper: plans written as in the reference text, "160 160 224 352 ...". */
final class PlanStrings {
    private PlanStrings() {
    }

    static int[] plan(String text) {
        return Arrays.stream(text.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
    }
}

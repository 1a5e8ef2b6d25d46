package dev.ltl.planner.domain;

/** Field checks on a {@link PlanInput}, each failure naming the request field. */
final class InputValidation {
    static final String SCORES = "scores";
    static final String ORACLE_SEGMENTS = "oracle_segments";
    static final String RANDOM_ANCHORS = "random_anchors";
    static final String VISUAL_SCORES = "visual_scores";
    static final String SEED = "seed";

    private InputValidation() {
    }

    /** Scores must be present, non-empty and finite; returns N. */
    static int scores(PlanInput input) {
        double[] scores = input.scores();
        if (scores == null || scores.length == 0) {
            throw new InvalidInputException(SCORES, "scores must hold at least one value per second");
        }
        requireFinite(SCORES, scores);
        return scores.length;
    }

    /** Optional arrays, when present, must match N and be finite. */
    static void optionalArrays(PlanInput input, int n) {
        double[] visual = input.visualScores();
        if (visual != null) {
            if (visual.length != n) {
                throw new InvalidInputException(VISUAL_SCORES, "visual_scores has " + visual.length
                        + " values but scores has " + n);
            }
            requireFinite(VISUAL_SCORES, visual);
        }
        int[] labels = input.oracleLabels();
        if (labels != null && labels.length != n) {
            throw new InvalidInputException(ORACLE_SEGMENTS, "oracle_segments has " + labels.length
                    + " labels but scores has " + n);
        }
    }

    /** Explicit random anchors: in [0, N), distinct, at most k of them. */
    static void randomAnchors(int[] anchors, int n, int k) {
        if (anchors.length > k) {
            throw new InvalidInputException(RANDOM_ANCHORS, "random_anchors has " + anchors.length
                    + " anchors but k = " + k);
        }
        for (int i = 0; i < anchors.length; i++) {
            if (anchors[i] < 0 || anchors[i] >= n) {
                throw new InvalidInputException(RANDOM_ANCHORS, "random anchor " + anchors[i]
                        + " is outside [0, " + (n - 1) + "]");
            }
            for (int j = 0; j < i; j++) {
                if (anchors[j] == anchors[i]) {
                    throw new InvalidInputException(RANDOM_ANCHORS, "random anchor " + anchors[i] + " is repeated");
                }
            }
        }
    }

    private static void requireFinite(String field, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new InvalidInputException(field, field + "[" + i + "] is not finite: " + values[i]);
            }
        }
    }
}

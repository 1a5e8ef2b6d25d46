package dev.ltl.planner.domain.anchor;

import dev.ltl.planner.domain.ScoreUtils;
import java.util.List;

/** §3.5.7 rule-based anchor-2 veto {@code top2med_norm_v1}. */
final class Anchor2Veto {
    private Anchor2Veto() {
    }

    /**
     * Keeps the second anchor iff minmax_01(s)[a₁] − median(minmax_01(s)) ≥ threshold, on the raw
     * scores. [AMBIG] A vetoed clip keeps only its first anchor (with k > 2 the later anchors go
     * too), the same shape as drop-far.
     */
    static List<Integer> apply(List<Integer> anchors, double[] rawScores, double threshold) {
        if (anchors.size() < 2) {
            return anchors;
        }
        double[] normalised = ScoreUtils.minmax01(rawScores);
        double margin = normalised[anchors.get(1)] - ScoreUtils.median(normalised);
        return margin >= threshold ? anchors : List.of(anchors.get(0));
    }
}

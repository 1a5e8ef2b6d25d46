package dev.ltl.planner.domain.qa;

import dev.ltl.planner.domain.select.AnchorSelector;
import dev.ltl.planner.domain.select.SelectionMethod;
import dev.ltl.planner.domain.select.SelectorSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The reliability-gated mixture selector of spec §2: a share α of the budget goes to uniform
 * background seconds, the rest to seconds around NMS anchors of the scores, then to the best
 * remaining scores. The less the scores separate (low q̄), the more background.
 */
final class MixtureSelector {
    /** Most anchors proposed (capped at T). */
    static final int K_ANCHORS = 10;
    /** Anchors must lie more than this many seconds apart. */
    static final int NMS_RADIUS = 1;
    /** Each anchor is expanded to a, a−1, a+1, …, a−r, a+r. */
    static final int ANCHOR_RADIUS = 2;

    private MixtureSelector() {
    }

    static QaSelection select(double[] scores, int budget) {
        int seconds = scores.length;
        Reliability reliability = Reliability.of(scores);
        if (budget <= 0) {
            // [AMBIG] B = 0 selects nothing. The reference then reports α = 0.3 and q̄ = 0 (its
            // placeholders); we report the q̄ and α the scores actually have.
            return new QaSelection(List.of(), List.of(), List.of(), List.of(), Optional.of(reliability));
        }
        // Python round(): half to even, which Math.rint implements.
        int background = (int) Math.max(0, Math.min(budget, Math.rint(reliability.alpha() * budget)));
        int anchorShare = budget - background;

        List<Integer> backgroundSeconds = QaSelectors.uniform(seconds, background);
        Set<Integer> chosen = new LinkedHashSet<>(backgroundSeconds);
        List<Integer> anchors = AnchorSelector.select(scores, new SelectorSettings(SelectionMethod.NMS,
                Math.min(K_ANCHORS, seconds), NMS_RADIUS, 0.0, 1));
        List<Integer> anchorSeconds = new ArrayList<>();
        addUnseen(expand(anchors, seconds), chosen, anchorSeconds, anchorShare);
        addUnseen(byScore(scores), chosen, anchorSeconds, anchorShare);

        // |background| = min(n_back, T) and the fill stops at T, so |chosen| = min(B, T) already;
        // the reference's pad-earliest and trim-by-score fix-ups never fire.
        List<Integer> selected = chosen.stream().sorted().toList();
        return new QaSelection(selected, backgroundSeconds, anchorSeconds, anchors, Optional.of(reliability));
    }

    /** a, a−1, a+1, a−2, a+2 for each anchor in order, inside [0, T), first occurrence kept. */
    static List<Integer> expand(List<Integer> anchors, int seconds) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int a : anchors) {
            out.add(a);
            for (int d = 1; d <= ANCHOR_RADIUS; d++) {
                for (int t : new int[] {a - d, a + d}) {
                    if (t >= 0 && t < seconds) {
                        out.add(t);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** Seconds by (−score, index). */
    private static List<Integer> byScore(double[] scores) {
        return IntStream.range(0, scores.length).boxed().sorted(AnchorSelector.byScoreDescending(scores)).toList();
    }

    private static void addUnseen(List<Integer> candidates, Set<Integer> chosen, List<Integer> added, int limit) {
        for (int t : candidates) {
            if (added.size() >= limit) {
                return;
            }
            if (chosen.add(t)) {
                added.add(t);
            }
        }
    }
}

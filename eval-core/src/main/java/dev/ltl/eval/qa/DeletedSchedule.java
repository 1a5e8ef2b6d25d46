package dev.ltl.eval.qa;

import dev.ltl.planner.domain.qa.QaSelectors;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The budget-matched "deleted" schedule of the faithfulness test (spec §3): the selection with its
 * anchors deleted and their frames spent on uniform coverage instead.
 */
public final class DeletedSchedule {
    private DeletedSchedule() {
    }

    /**
     * Background seconds, then the seconds of {@code uniform_seconds(T, B)} (planner-core's QA
     * uniform rule) not already present, in the uniform rule's order, until B seconds; if still
     * short (uniform seconds coincided with background ones), the earliest unused seconds; sorted.
     * Always min(B, T) seconds; a background longer than that (never produced by the mixture
     * selector) is cut to its first min(B, T) entries.
     *
     * @param seconds    T, the seconds of the video
     * @param budget     B
     * @param background the mixture selection's background seconds (all within [0, T))
     */
    public static List<Integer> of(int seconds, int budget, List<Integer> background) {
        int target = Math.max(0, Math.min(budget, seconds));
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int t : background) {
            if (t < 0 || t >= seconds) {
                throw new IllegalArgumentException("background second " + t + " outside [0, " + seconds + ")");
            }
            if (chosen.size() < target) {
                chosen.add(t);
            }
        }
        for (int t : QaSelectors.uniform(seconds, target)) {
            if (chosen.size() >= target) {
                break;
            }
            chosen.add(t);
        }
        // The spec's earliest-fill. uniform(T, B) has B distinct seconds, so with a background inside
        // [0, T) it always completes the schedule; kept so the rule reads as specified.
        for (int t = 0; t < seconds && chosen.size() < target; t++) {
            chosen.add(t);
        }
        List<Integer> sorted = new ArrayList<>(chosen);
        sorted.sort(null);
        return List.copyOf(sorted);
    }
}

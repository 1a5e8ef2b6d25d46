package dev.ltl.planner.domain.epic;

import java.util.List;

/**
 * A served EPIC selection and plan.
 *
 * @param method          the method that ran
 * @param numSeconds      dur, the video length the selection was made over
 * @param maxSteps        the step budget
 * @param seedUsed        epic_random: the 64 seed bits (read unsigned); else the request's seed
 * @param selectedSeconds the seconds, sorted ascending; exactly min(max_steps, dur) of them
 * @param resolutions     the resolution of each selected second (parallel to selectedSeconds)
 * @param anchors         the anchors the selection used (audio: highest score first; oracle: as given)
 */
public record EpicPlan(EpicMethod method, int numSeconds, int maxSteps, long seedUsed, List<Integer> selectedSeconds,
                       List<Integer> resolutions, List<Integer> anchors) {
    public EpicPlan {
        selectedSeconds = List.copyOf(selectedSeconds);
        resolutions = List.copyOf(resolutions);
        anchors = List.copyOf(anchors);
        if (selectedSeconds.size() != resolutions.size()) {
            throw new IllegalArgumentException("one resolution per selected second");
        }
    }

    /** Vision tokens of the plan: Σ tok(resolution). */
    public long totalTokens() {
        return resolutions.stream().mapToLong(EpicTokens::tokens).sum();
    }

    /** The budget: max_steps · 196 tokens. */
    public long budgetTokens() {
        return EpicTokens.budget(maxSteps);
    }
}

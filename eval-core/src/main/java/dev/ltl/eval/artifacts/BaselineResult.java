package dev.ltl.eval.artifacts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One baseline's result for one seed (§4.5, §5.4).
 *
 * @param valAcc               accuracy over all eval clips × seconds, background included
 * @param valAccEvent          accuracy over event seconds only, null when there are none
 * @param valAccBySample       per eval clip (tensor order), the fraction of its seconds correct
 * @param valAccEventBySample  per eval clip, its event-second accuracy or null without events
 * @param tokenBudget          [QUIRK] the token total of the first train clip's plan, not N·tok(base)
 */
public record BaselineResult(double valAcc, Double valAccEvent, List<Double> valAccBySample,
                             List<Double> valAccEventBySample, long tokenBudget) {
    public BaselineResult {
        valAccBySample = List.copyOf(valAccBySample);
        // may hold nulls (clips without event seconds), which List.copyOf rejects
        valAccEventBySample = Collections.unmodifiableList(new ArrayList<>(valAccEventBySample));
    }
}

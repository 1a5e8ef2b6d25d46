package dev.ltl.eval.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One point of {@code pareto_report.json} (§5.12).
 *
 * @param method         uniform, random, predicted, oracle or cheap_visual
 * @param tokenBudget    {@code token_usage[b].eval.mean}
 * @param accMean        summary mean of val_acc
 * @param accStd         summary std of val_acc
 * @param triad          "l_b_h"
 * @param rawMetricsPath the metrics.json the point comes from
 * @param anchorSource   only for predicted points
 */
public record ParetoPoint(String method, double tokenBudget, double accMean, double accStd, String triad,
                          String rawMetricsPath,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String anchorSource) {

    /** Whether this point is at least as good on both axes and strictly better on one. */
    public boolean dominates(ParetoPoint other) {
        boolean noWorse = tokenBudget <= other.tokenBudget && accMean >= other.accMean;
        boolean better = tokenBudget < other.tokenBudget || accMean > other.accMean;
        return noWorse && better;
    }
}

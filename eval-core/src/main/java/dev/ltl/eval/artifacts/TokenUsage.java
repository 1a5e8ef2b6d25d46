package dev.ltl.eval.artifacts;

import dev.ltl.eval.stats.SampleSummary;

/** {@code token_usage[baseline]} of {@code metrics.json}: per-clip plan totals on each split (§5.4). */
public record TokenUsage(SampleSummary train, SampleSummary eval) {

    /** From the per-clip plan token totals of the train and eval clips. */
    public static TokenUsage of(long[] trainTotals, long[] evalTotals) {
        return new TokenUsage(SampleSummary.ofTokens(trainTotals), SampleSummary.ofTokens(evalTotals));
    }
}

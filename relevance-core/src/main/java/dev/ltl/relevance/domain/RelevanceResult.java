package dev.ltl.relevance.domain;

import java.util.List;

/**
 * A provider's answer.
 *
 * @param relevance  raw per-second relevance (cosine similarity or BM25 score), T values, before min-max
 * @param transcript the transcript the provider used ({@code asr_bm25}, {@code text}); empty otherwise
 */
public record RelevanceResult(double[] relevance, List<TimedWord> transcript) {
    public RelevanceResult {
        relevance = relevance.clone();
        transcript = List.copyOf(transcript);
    }

    public static RelevanceResult of(double[] relevance) {
        return new RelevanceResult(relevance, List.of());
    }
}

package dev.ltl.relevance.domain;

/**
 * Scores how relevant each second of a video is to a question. Implementations are thread-safe:
 * one instance serves concurrent requests.
 */
public interface RelevanceProvider {

    /** The provider's wire name: {@code clap}, {@code asr_bm25}, {@code clip} or {@code text}. */
    String name();

    /**
     * Raw per-second relevance (before min-max), exactly {@code in.numSeconds()} values.
     *
     * @throws RelevanceInputException when the input lacks what this provider reads (names the field)
     * @throws ProviderNotReadyException when a model the provider needs is missing
     */
    RelevanceResult score(RelevanceInput in);
}

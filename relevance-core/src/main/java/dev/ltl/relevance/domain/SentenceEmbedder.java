package dev.ltl.relevance.domain;

import java.util.List;

/** Embeds sentences into L2-normalised vectors (e.g. all-MiniLM-L6-v2). Thread-safe. */
public interface SentenceEmbedder {
    /** {@code name@version} of the model. */
    String modelId();

    /** One L2-normalised embedding per text, in order. */
    float[][] embed(List<String> texts);
}

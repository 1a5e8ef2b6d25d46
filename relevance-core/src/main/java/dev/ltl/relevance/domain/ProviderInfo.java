package dev.ltl.relevance.domain;

import java.util.List;

/**
 * A provider this instance knows and the models it needs.
 *
 * @param name   provider name
 * @param models the models it needs, with their readiness (empty: needs none, e.g. BM25 on a given transcript)
 */
public record ProviderInfo(String name, List<ModelReadiness> models) {
    public ProviderInfo {
        models = List.copyOf(models);
    }
}

package dev.ltl.relevance.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The providers one service instance offers, by name, each either usable or unavailable with the
 * models that keep it from running. Immutable once built; thread-safe.
 */
public final class RelevanceProviders {
    private record Slot(Optional<RelevanceProvider> provider, ProviderInfo info) {
    }

    private final Map<String, Slot> slots;
    private final List<String> order;

    private RelevanceProviders(Map<String, Slot> slots) {
        this.slots = Map.copyOf(slots);
        this.order = List.copyOf(slots.keySet());
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The usable provider called {@code name}.
     *
     * @param field the request field that named it (for the error), e.g. {@code provider} or {@code method}
     * @throws UnknownProviderException when no provider has that name
     * @throws ProviderNotReadyException naming the models that are not ready
     */
    public RelevanceProvider require(String field, String name) {
        Slot slot = slots.get(name);
        if (slot == null) {
            throw new UnknownProviderException(field, name, order);
        }
        return slot.provider().orElseThrow(() -> {
            List<String> reasons = slot.info().models().stream().filter(m -> !m.ready())
                    .map(m -> "model " + m.id() + " is not ready: " + m.message()).toList();
            return new ProviderNotReadyException("provider", "relevance provider \"" + name + "\" is unavailable: "
                    + String.join("; ", reasons));
        });
    }

    /** Every provider with its models' readiness, in registration order. */
    public List<ProviderInfo> describe() {
        List<ProviderInfo> infos = new ArrayList<>();
        for (String name : order) {
            infos.add(slots.get(name).info());
        }
        return infos;
    }

    /** Collects providers; order of registration is the order {@link #describe()} lists them in. */
    public static final class Builder {
        private final Map<String, Slot> slots = new LinkedHashMap<>();

        /** A usable provider and the (ready) models it runs. */
        public Builder add(RelevanceProvider provider, List<ModelReadiness> models) {
            slots.put(provider.name(), new Slot(Optional.of(provider), new ProviderInfo(provider.name(), models)));
            return this;
        }

        /** A provider that cannot run; at least one of {@code models} is not ready. */
        public Builder unavailable(String name, List<ModelReadiness> models) {
            if (models.stream().allMatch(ModelReadiness::ready)) {
                throw new IllegalArgumentException("unavailable provider " + name + " must name a model that is not ready");
            }
            slots.put(name, new Slot(Optional.empty(), new ProviderInfo(name, models)));
            return this;
        }

        public RelevanceProviders build() {
            return new RelevanceProviders(slots);
        }
    }
}

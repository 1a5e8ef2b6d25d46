package dev.ltl.planner.domain.anchor;

import dev.ltl.planner.domain.config.WireNamed;

/**
 * Served anchor-2 veto methods ({@code anchor2_veto_method}). The learned {@code lr_v1} veto
 * needs a model trained on the train split and is rejected by the configuration.
 */
public enum Anchor2VetoMethod implements WireNamed {
    NONE("none"),
    /** Keep the second anchor iff minmax(s)[a₁] − median(minmax(s)) ≥ threshold. */
    TOP2MED_NORM_V1("top2med_norm_v1");

    private final String wireName;

    Anchor2VetoMethod(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}

package dev.ltl.planner.domain.policy;

import dev.ltl.planner.domain.config.WireNamed;

/** Triad policies of reference §3.7 ({@code triad_policy}). */
public enum TriadPolicyKind implements WireNamed {
    FIXED("fixed"),
    TOP1MED_TIERED_V1("top1med_tiered_v1");

    private final String wireName;

    TriadPolicyKind(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}

package dev.ltl.planner.domain.policy;

import dev.ltl.planner.domain.config.WireNamed;

/** High-count policies of reference §3.6 ({@code anchor_high_policy}). */
public enum HighPolicy implements WireNamed {
    FIXED("fixed"),
    ADAPTIVE_V1("adaptive_v1"),
    ADAPTIVE_V2("adaptive_v2"),
    /** "keepadj": two high anchors only when they are adjacent. */
    ADAPTIVE_V3("adaptive_v3");

    private final String wireName;

    HighPolicy(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}

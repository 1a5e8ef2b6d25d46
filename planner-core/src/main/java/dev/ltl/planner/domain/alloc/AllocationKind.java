package dev.ltl.planner.domain.alloc;

import dev.ltl.planner.domain.config.WireNamed;

/** The base-allocation strategies of reference §3.8.4, without the {@code _high} suffix. */
public enum AllocationKind implements WireNamed {
    DISTANCE("distance"),
    BALANCED("balanced"),
    BRIDGE("bridge"),
    SCORE("score"),
    FARTHEST("farthest"),
    MIXED("mixed");

    private final String wireName;

    AllocationKind(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}

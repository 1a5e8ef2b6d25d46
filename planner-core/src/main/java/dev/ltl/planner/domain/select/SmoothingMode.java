package dev.ltl.planner.domain.select;

import dev.ltl.planner.domain.config.WireNamed;

/** How a centred window aggregates its values ({@code anchor_smooth_mode}). */
public enum SmoothingMode implements WireNamed {
    MEAN("mean"),
    SUM("sum");

    private final String wireName;

    SmoothingMode(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}

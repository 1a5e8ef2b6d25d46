package dev.ltl.planner.domain.alloc;

import dev.ltl.planner.domain.config.WireNamed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A base allocation ({@code anchor_base_alloc}): which non-high seconds get base resolution.
 *
 * @param kind             the ordering strategy
 * @param highCentresOnly  the {@code _high} suffix: only high seconds act as distance centres
 */
public record BaseAllocation(AllocationKind kind, boolean highCentresOnly) {
    private static final String HIGH_SUFFIX = "_high";

    public static final BaseAllocation DISTANCE = new BaseAllocation(AllocationKind.DISTANCE, false);

    /** Parses a reference name such as {@code distance} or {@code bridge_high}. */
    public static Optional<BaseAllocation> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        boolean high = name.endsWith(HIGH_SUFFIX);
        String stem = high ? name.substring(0, name.length() - HIGH_SUFFIX.length()) : name;
        return WireNamed.find(AllocationKind.class, stem).map(kind -> new BaseAllocation(kind, high));
    }

    /** All twelve accepted names. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (AllocationKind kind : AllocationKind.values()) {
            names.add(kind.wireName());
            names.add(kind.wireName() + HIGH_SUFFIX);
        }
        return names;
    }

    public String wireName() {
        return kind.wireName() + (highCentresOnly ? HIGH_SUFFIX : "");
    }

    /**
     * [QUIRK] Non-anchored baselines turn {@code score} and {@code score_high} into plain
     * {@code distance} (the suffix is lost); every other allocation is kept.
     */
    public BaseAllocation forNonAnchoredBaseline() {
        return kind == AllocationKind.SCORE ? DISTANCE : this;
    }
}

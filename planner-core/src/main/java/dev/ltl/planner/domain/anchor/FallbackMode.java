package dev.ltl.planner.domain.anchor;

import dev.ltl.planner.domain.config.WireNamed;

/**
 * What a clip that failed the confidence gate gets ({@code anchor_fallback_mode}). Both
 * cheap-visual modes behave identically here: the caller supplies the visual scores (CLIP-diff
 * or frame-diff), the mode name only documents which.
 */
public enum FallbackMode implements WireNamed {
    UNIFORM("uniform"),
    CHEAP_VISUAL_CLIPDIFF("cheap_visual_clipdiff"),
    CHEAP_VISUAL_FRAMEDIFF("cheap_visual_framediff");

    private final String wireName;

    FallbackMode(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public boolean usesVisualScores() {
        return this != UNIFORM;
    }
}

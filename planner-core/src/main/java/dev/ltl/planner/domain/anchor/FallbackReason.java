package dev.ltl.planner.domain.anchor;

/** The reference's {@code fallback_reason} strings for the fallbacks this planner can take. */
public final class FallbackReason {
    /** The confidence gate failed (§3.2 step 2). */
    public static final String CONF_BELOW_THRESHOLD = "conf_below_threshold";
    /** The first two anchors lie farther apart than anchor_fallback_far_dist (§3.2 step 7). */
    public static final String FAR_ANCHOR_DIST = "far_anchor_dist";

    private FallbackReason() {
    }
}

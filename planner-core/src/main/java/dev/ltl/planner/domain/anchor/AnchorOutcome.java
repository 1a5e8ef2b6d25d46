package dev.ltl.planner.domain.anchor;

import java.util.List;

/**
 * What the anchor stage of the pipeline decided for one clip.
 *
 * @param anchors        final anchors, highest-scored first (may be empty)
 * @param fallbackUsed   the clip fell back (gate or far fallback)
 * @param fallbackReason reference reason string, or null
 * @param confMetric     the gate metric in effect
 * @param confValue      its value on the raw scores (recorded even when the gate is off)
 */
public record AnchorOutcome(List<Integer> anchors, boolean fallbackUsed, String fallbackReason,
                            String confMetric, double confValue) {
    public AnchorOutcome {
        anchors = List.copyOf(anchors);
    }

    AnchorOutcome withAnchors(List<Integer> newAnchors) {
        return new AnchorOutcome(newAnchors, fallbackUsed, fallbackReason, confMetric, confValue);
    }
}

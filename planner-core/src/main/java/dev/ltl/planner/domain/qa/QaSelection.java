package dev.ltl.planner.domain.qa;

import java.util.List;
import java.util.Optional;

/**
 * The seconds one QA selector picked, with the record the reference keeps per item.
 *
 * @param selectedSeconds   what the VLM looks at: sorted, distinct, |·| = min(B, T)
 * @param backgroundSeconds the uniform share of a mixture selection, in uniform order (empty otherwise)
 * @param anchorSeconds     the anchor-driven share of a mixture selection, in the order added (empty otherwise)
 * @param anchors           the NMS anchors, highest score first (empty for non-mixture methods)
 * @param reliability       q̄, α and the metric name for mixture selections; empty for uniform, random, text_only
 */
public record QaSelection(List<Integer> selectedSeconds, List<Integer> backgroundSeconds,
                          List<Integer> anchorSeconds, List<Integer> anchors, Optional<Reliability> reliability) {
    public QaSelection {
        selectedSeconds = List.copyOf(selectedSeconds);
        backgroundSeconds = List.copyOf(backgroundSeconds);
        anchorSeconds = List.copyOf(anchorSeconds);
        anchors = List.copyOf(anchors);
    }

    /** A selection without a mixture record (uniform, random, text_only). */
    static QaSelection plain(List<Integer> selectedSeconds) {
        return new QaSelection(selectedSeconds, List.of(), List.of(), List.of(), Optional.empty());
    }
}

package dev.ltl.planner.domain.select;

/**
 * Parameters of an anchor selector.
 *
 * @param method       which selector
 * @param k            how many anchors at most
 * @param nmsRadius    suppression radius r (nms, nms_strong, window_topk; adjacency radius for adjacent_top2)
 * @param strongGap    score gap g that a far or adjacent second anchor may trail the first by
 * @param windowWidth  smoothing width of window_topk (odd)
 */
public record SelectorSettings(SelectionMethod method, int k, int nmsRadius, double strongGap, int windowWidth) {
    public SelectorSettings {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, got " + k);
        }
        if (nmsRadius < 0) {
            throw new IllegalArgumentException("nms radius must be >= 0, got " + nmsRadius);
        }
    }
}

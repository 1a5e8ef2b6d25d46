package dev.ltl.planner.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * A plan and how it was reached (the planning part of the reference's debug record, §5.6).
 *
 * @param resolutions         resolution (pixels, square) per second
 * @param anchors             final anchors, highest-scored (or first-drawn) first
 * @param tokensPerSecond     tok(resolution) per second
 * @param totalTokens         sum of tokensPerSecond
 * @param budget              N·tok(base_res)
 * @param fallbackUsed        the clip fell back (gate or far fallback)
 * @param fallbackReason      {@code conf_below_threshold}, {@code far_anchor_dist}, or null
 * @param confMetric          the gate metric in effect
 * @param confValue           its value on the raw scores
 * @param maxHighAnchors      high-count policy output (null = no cap)
 * @param maxHighAnchorsUsed  the cap after the triad policy (null = no cap)
 * @param lowResUsed          low resolution of the triad used
 * @param highResUsed         high resolution of the triad used
 * @param patchSize           token patch size
 */
public record PlanResult(int[] resolutions, int[] anchors, long[] tokensPerSecond, long totalTokens,
                         long budget, boolean fallbackUsed, String fallbackReason,
                         String confMetric, double confValue,
                         Integer maxHighAnchors, Integer maxHighAnchorsUsed,
                         int lowResUsed, int highResUsed, int patchSize) {

    public PlanResult {
        resolutions = resolutions.clone();
        anchors = anchors.clone();
        tokensPerSecond = tokensPerSecond.clone();
    }

    @Override
    public int[] resolutions() {
        return resolutions.clone();
    }

    @Override
    public int[] anchors() {
        return anchors.clone();
    }

    @Override
    public long[] tokensPerSecond() {
        return tokensPerSecond.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanResult other
                && Arrays.equals(resolutions, other.resolutions)
                && Arrays.equals(anchors, other.anchors)
                && Arrays.equals(tokensPerSecond, other.tokensPerSecond)
                && totalTokens == other.totalTokens
                && budget == other.budget
                && fallbackUsed == other.fallbackUsed
                && Objects.equals(fallbackReason, other.fallbackReason)
                && Objects.equals(confMetric, other.confMetric)
                && Double.compare(confValue, other.confValue) == 0
                && Objects.equals(maxHighAnchors, other.maxHighAnchors)
                && Objects.equals(maxHighAnchorsUsed, other.maxHighAnchorsUsed)
                && lowResUsed == other.lowResUsed
                && highResUsed == other.highResUsed
                && patchSize == other.patchSize;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(resolutions), Arrays.hashCode(anchors), Arrays.hashCode(tokensPerSecond),
                totalTokens, budget, fallbackUsed, fallbackReason, confMetric, confValue, maxHighAnchors,
                maxHighAnchorsUsed, lowResUsed, highResUsed, patchSize);
    }

    @Override
    public String toString() {
        return "PlanResult[resolutions=" + Arrays.toString(resolutions) + ", anchors=" + Arrays.toString(anchors)
                + ", totalTokens=" + totalTokens + ", budget=" + budget + ", fallbackUsed=" + fallbackUsed
                + ", fallbackReason=" + fallbackReason + ", conf " + confMetric + "=" + confValue
                + ", maxHighAnchors=" + maxHighAnchors + ", maxHighAnchorsUsed=" + maxHighAnchorsUsed
                + ", triad=" + lowResUsed + "/" + highResUsed + ", patchSize=" + patchSize + "]";
    }
}

package dev.ltl.planner.domain.policy;

/**
 * The resolutions and high cap one clip is planned with.
 *
 * @param lowRes  low resolution in pixels
 * @param baseRes base resolution in pixels (never changed by a triad policy)
 * @param highRes high resolution in pixels
 * @param maxHigh cap on high seconds after the triad policy, or null for no cap
 */
public record Triad(int lowRes, int baseRes, int highRes, Integer maxHigh) {
}

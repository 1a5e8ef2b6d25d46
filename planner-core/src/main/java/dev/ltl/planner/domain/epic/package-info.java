/**
 * EPIC-SOUNDS video-level frame selection (spec ltl-qa-epic.md §6): which seconds of a long video
 * a vision backbone embeds, and at which resolution, under a budget of {@code max_steps × 196}
 * vision tokens. Pure Java; the entry point is {@link dev.ltl.planner.domain.epic.EpicPlanner}.
 */
package dev.ltl.planner.domain.epic;

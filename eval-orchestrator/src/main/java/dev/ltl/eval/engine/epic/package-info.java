/**
 * The EPIC-SOUNDS video-level multi-label evaluation (ltl-qa-epic.md §6) through the services:
 * durations, energy scores from eventness-svc, selections and equal-budget plans from planner-svc
 * (SelectFrames epic_*), embeddings from vlm-svc through the feature cache, the multi-label head
 * trained per (method, seed), and {@code metrics.json}. Entry point: {@link dev.ltl.eval.engine.epic.EpicEvaluation}.
 */
package dev.ltl.eval.engine.epic;

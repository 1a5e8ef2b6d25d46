/**
 * EPIC-SOUNDS video-level multi-label evaluation (ltl-qa-epic.md §6): average precision, mAP over
 * classes with a positive, macro-F1 at a threshold, and the {@code metrics.json} of a run.
 */
package dev.ltl.eval.epic;

/**
 * EPIC-SOUNDS annotations at video level (ltl-qa-epic.md §6): the annotation CSVs, each video's
 * label set (the union of its segments' class ids), split files and the dense class index.
 */
package dev.ltl.eval.data.epic;

/**
 * Long-video QA evaluation artifacts and statistics (spec {@code ltl-qa-epic.md} §1, §3–§5): the
 * paired bootstrap, the resumable {@code predictions.jsonl} / {@code rows.jsonl} streams,
 * {@code metrics.json}, faithfulness, bucket reports, the answer prior and the multi-seed /
 * budget-curve aggregation. Plain Java: no service calls, no wall clock, so every artifact is a
 * pure function of its rows.
 */
package dev.ltl.eval.qa;

/**
 * QA frame selection (spec ltl-qa-epic.md §2): which B of a long video's T seconds a
 * vision-language model looks at. Pure Java; the entry point is {@link dev.ltl.planner.domain.qa.QaFrameSelector}
 * for a whole request, or {@link dev.ltl.planner.domain.qa.QaSelectors} for one selector.
 */
package dev.ltl.planner.domain.qa;

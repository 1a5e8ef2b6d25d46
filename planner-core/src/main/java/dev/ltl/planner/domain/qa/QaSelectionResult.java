package dev.ltl.planner.domain.qa;

/**
 * A served QA selection.
 *
 * @param method     the method that ran
 * @param numSeconds T the selection was made over
 * @param seedUsed   the seed after the per-item rule (what {@code random} drew with)
 * @param selection  the selected seconds and the mixture record
 */
public record QaSelectionResult(QaMethod method, int numSeconds, long seedUsed, QaSelection selection) {
}

package dev.ltl.eval.qa;

/**
 * One {@code summary} entry of {@code metrics.json} (spec §1, §5).
 *
 * @param method      selection method
 * @param n           rows of this method
 * @param acc         fraction correct (invalid and failed rows count as wrong; NaN when n = 0)
 * @param invalidRate fraction invalid, failed rows included (NaN when n = 0)
 */
public record MethodSummary(String method, int n, double acc, double invalidRate) {
}

package dev.ltl.eval.stats;

/**
 * One paired t-test result as the reference writes it: {@code {"t": …, "p": …}}.
 *
 * @param t the t statistic (may be ±∞ in the degenerate case sd = 0, d̄ ≠ 0)
 * @param p the two-sided p-value in [0, 1]
 */
public record TTestResult(double t, double p) {
}

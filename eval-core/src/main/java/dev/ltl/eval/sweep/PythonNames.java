package dev.ltl.eval.sweep;

/**
 * Candidate-name fragments as the reference builds them: Python {@code str()} of a number with
 * "." replaced by "p" (0.4 → {@code 0p4}, 0.45 → {@code 0p45}, 0.0 → {@code 0p0}, §3.9).
 */
final class PythonNames {
    private PythonNames() {
    }

    /** {@code str(x).replace(".", "p")} for a Python float. */
    static String threshold(double x) {
        return pythonFloatStr(x).replace(".", "p");
    }

    /**
     * Python's repr of a float for the plain values a sweep grid uses: the shortest round-trip
     * digits, always with a fractional part. Java's Double.toString agrees for such values
     * except for exponent notation, which grid values never need.
     */
    static String pythonFloatStr(double x) {
        if (!Double.isFinite(x) || Math.abs(x) >= 1e7 || (x != 0 && Math.abs(x) < 1e-3)) {
            throw new IllegalArgumentException("grid value outside plain float notation: " + x);
        }
        return Double.toString(x);
    }
}

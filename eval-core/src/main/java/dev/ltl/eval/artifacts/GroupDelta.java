package dev.ltl.eval.artifacts;

/** {@code {n, mean_delta}}: how many clips fall in a group and their mean δ (§5.7). */
public record GroupDelta(int n, Double meanDelta) {
}

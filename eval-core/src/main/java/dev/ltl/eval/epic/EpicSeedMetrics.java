package dev.ltl.eval.epic;

/** One (method, seed) training's validation metrics. */
public record EpicSeedMetrics(long seed, double map, double macroF1) {
}

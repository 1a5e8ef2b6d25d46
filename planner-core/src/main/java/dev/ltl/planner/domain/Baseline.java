package dev.ltl.planner.domain;

/** Which plan family to produce (reference §4.1). */
public enum Baseline {
    /** The full Listen-then-Look pipeline: gate, anchors, high-count policy, triad policy, budget planner. */
    ANCHORED,
    /** Every second at base resolution. */
    UNIFORM,
    /** Every second at low resolution. */
    UNIFORM_LOW,
    /** k distinct random seconds as anchors (seeded Python-compatible draw), no gating, fixed policies. */
    RANDOM,
    /** The first k event seconds of per-second labels as anchors, fixed policies. */
    ORACLE
}

package dev.ltl.planner.api;

import dev.ltl.planner.infra.PlannerServiceConfig;

/** Service limits for in-process tests (small, so limit checks are cheap to hit). */
record TestPlannerConfig(int maxSeconds, int maxBandSeconds, int workerThreads, int streamConcurrency)
        implements PlannerServiceConfig {
    static TestPlannerConfig defaults() {
        return new TestPlannerConfig(3600, 600, 2, 2);
    }
}

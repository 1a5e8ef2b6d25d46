package dev.ltl.planner.infra;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of planner-svc ({@code ltl.planner.*}). */
@ConfigMapping(prefix = "ltl.planner")
public interface PlannerServiceConfig {
    /** Longest score vector (seconds) one plan may cover. */
    @WithDefault("3600")
    int maxSeconds();

    /**
     * Longest score vector for budget_mode=band: the band planner's dynamic programme costs
     * O(T x budget x options), so it is capped lower than exact mode.
     */
    @WithDefault("600")
    int maxBandSeconds();

    /** Worker threads for planning (plans are CPU-only and short). */
    @WithDefault("2")
    int workerThreads();

    /** Plans of one PlanStream computed concurrently (answers still come back in order). */
    @WithDefault("2")
    int streamConcurrency();
}

package dev.ltl.planner.infra;

import dev.ltl.common.concurrent.WorkerPools;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;

/** Bounded worker pool for planning, so band-mode plans never run on the gRPC event loop. */
@ApplicationScoped
public class PlanningExecutor {
    private final ExecutorService pool;

    public PlanningExecutor(PlannerServiceConfig config) {
        this.pool = WorkerPools.fixed("ltl-planning-", config.workerThreads());
    }

    public ExecutorService pool() {
        return pool;
    }

    @PreDestroy
    void shutdown() {
        pool.shutdownNow();
    }
}

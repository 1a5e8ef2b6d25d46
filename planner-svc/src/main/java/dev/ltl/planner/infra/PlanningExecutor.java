package dev.ltl.planner.infra;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Bounded worker pool for planning, so band-mode plans never run on the gRPC event loop. */
@ApplicationScoped
public class PlanningExecutor {
    private final ExecutorService pool;

    public PlanningExecutor(PlannerServiceConfig config) {
        AtomicInteger counter = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, config.workerThreads()), r -> {
            Thread thread = new Thread(r, "ltl-planning-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public ExecutorService pool() {
        return pool;
    }

    @PreDestroy
    void shutdown() {
        pool.shutdownNow();
    }
}

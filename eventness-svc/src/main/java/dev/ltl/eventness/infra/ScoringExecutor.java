package dev.ltl.eventness.infra;

import dev.ltl.common.concurrent.WorkerPools;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;

/**
 * Bounded worker pool for decoding and scoring. Scoring is CPU-bound (FFmpeg, FFTs, ONNX), so the
 * pool is sized to the cores given to the pod rather than Quarkus' larger default worker pool.
 */
@ApplicationScoped
public class ScoringExecutor {
    private final ExecutorService pool;

    public ScoringExecutor(EventnessConfig config) {
        this.pool = WorkerPools.fixed("ltl-scoring-", config.workerThreads());
    }

    public ExecutorService pool() {
        return pool;
    }

    @PreDestroy
    void shutdown() {
        pool.shutdownNow();
    }
}

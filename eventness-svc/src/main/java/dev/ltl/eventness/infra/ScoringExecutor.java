package dev.ltl.eventness.infra;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounded worker pool for decoding and scoring. Scoring is CPU-bound (FFmpeg, FFTs, ONNX), so the
 * pool is sized to the cores given to the pod rather than Quarkus' larger default worker pool.
 */
@ApplicationScoped
public class ScoringExecutor {
    private final ExecutorService pool;

    public ScoringExecutor(EventnessConfig config) {
        AtomicInteger counter = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, config.workerThreads()), r -> {
            Thread thread = new Thread(r, "ltl-scoring-" + counter.incrementAndGet());
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

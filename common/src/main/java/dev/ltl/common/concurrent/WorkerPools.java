package dev.ltl.common.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounded pools of named daemon threads for the services' CPU-bound work (decoding, scoring,
 * planning, inference). Sized from config to the cores a pod gets rather than Quarkus' larger
 * default worker pool; daemon so a stuck job never keeps a JVM from exiting.
 */
public final class WorkerPools {
    private WorkerPools() {
    }

    /** A fixed pool of {@code max(1, threads)} daemon threads named {@code <prefix><n>}. */
    public static ExecutorService fixed(String namePrefix, int threads) {
        return Executors.newFixedThreadPool(Math.max(1, threads), daemonThreads(namePrefix));
    }

    /** Daemon threads named {@code <prefix><n>}, n counting from 1. */
    public static ThreadFactory daemonThreads(String namePrefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, namePrefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

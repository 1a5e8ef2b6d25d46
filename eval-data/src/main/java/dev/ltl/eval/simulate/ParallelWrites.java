package dev.ltl.eval.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Writes the simulators' videos on a small pool: encoding dominates a simulation, and clips are independent. */
public final class ParallelWrites {
    private ParallelWrites() {
    }

    /** One file write that may fail with an IOException. */
    @FunctionalInterface
    public interface Write<T> {
        void write(T item) throws IOException;
    }

    /**
     * Runs {@code write} for every item on up to {@code threads} threads and waits for all; the first failure is
     * rethrown as the IOException it was (the other writes are abandoned).
     */
    public static <T> void forEach(List<T> items, int threads, Write<T> write) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, items.size())));
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (T item : items) {
                jobs.add(pool.submit(() -> {
                    try {
                        write.write(item);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the simulated videos", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            throw cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
        }
    }
}

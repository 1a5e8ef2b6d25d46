package dev.ltl.orchestrator.api;

import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The orchestrator's gRPC server: {@link RunServiceImpl} over Netty, with the real
 * {@link QaRunExecutor} (QA kinds) over {@link AveRunExecutor} (AVE kinds). {@link #close()}
 * cancels the active runs and stops the server.
 */
public final class RunServer implements AutoCloseable {
    private final Server server;
    private final RunScheduler scheduler;

    private RunServer(Server server, RunScheduler scheduler) {
        this.server = server;
        this.scheduler = scheduler;
    }

    /**
     * @param port              0 picks a free port ({@link #port()} tells which)
     * @param maxConcurrentRuns runs at once; more StartRuns get RESOURCE_EXHAUSTED
     * @param baseDir           what relative paths in run options resolve against
     */
    public static RunServer start(String host, int port, int maxConcurrentRuns, Path baseDir, RunExecutor executor)
            throws IOException {
        RunScheduler scheduler = new RunScheduler(executor, maxConcurrentRuns, Clock.systemUTC());
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress(host, port))
                .addService(new RunServiceImpl(scheduler, new RunOptionsMapper(baseDir)))
                .build()
                .start();
        return new RunServer(server, scheduler);
    }

    public static RunServer start(String host, int port, int maxConcurrentRuns, Path baseDir) throws IOException {
        return start(host, port, maxConcurrentRuns, baseDir, new QaRunExecutor(new AveRunExecutor()));
    }

    public int port() {
        return server.getPort();
    }

    /** Blocks until the server has been shut down. */
    public void awaitTermination() throws InterruptedException {
        server.awaitTermination();
    }

    @Override
    public void close() {
        scheduler.close();
        server.shutdown();
        try {
            server.awaitTermination(java.util.concurrent.TimeUnit.SECONDS.toMillis(10),
                    java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            server.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}

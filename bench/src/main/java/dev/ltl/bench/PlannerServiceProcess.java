package dev.ltl.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The packaged planner service ({@code quarkus-run.jar}) running as a child JVM on a free
 * loopback port, ready once {@code /q/health/ready} answers 200. gRPC shares that port.
 */
public final class PlannerServiceProcess implements AutoCloseable {

    private static final Duration PROBE_INTERVAL = Duration.ofMillis(100);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread killOnExit;

    private PlannerServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        // A JMH fork killed mid-run skips @TearDown; the hook keeps the child from outliving it.
        this.killOnExit = new Thread(process::destroyForcibly, "planner-svc-killer");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts the runner jar and waits until it reports ready.
     *
     * @throws IllegalStateException when the jar is missing, the JVM exits, or readiness does not come in time
     */
    public static PlannerServiceProcess start(Path runnerJar, Duration readyTimeout) throws IOException {
        if (!Files.isRegularFile(runnerJar)) {
            throw new IllegalStateException("planner service jar not found: " + runnerJar.toAbsolutePath()
                    + " (build it with ./mvnw -B -q -f planner-svc/pom.xml package -DskipTests, or pass -Dltl.planner.jar=PATH)");
        }
        int port = freeLoopbackPort();
        Path log = Files.createTempFile("planner-svc-bench-", ".log");
        Process process = new ProcessBuilder(command(runnerJar, port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        PlannerServiceProcess service = new PlannerServiceProcess(process, port, log);
        try {
            service.awaitReady(readyTimeout);
            return service;
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
    }

    /** The loopback port serving HTTP (health) and gRPC. */
    public int port() {
        return port;
    }

    /** Stops the child JVM (SIGTERM first, so Quarkus shuts down cleanly, then a hard kill) and deletes its log. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook will run anyway; nothing to undo.
            }
            deleteLog();
        }
    }

    private void deleteLog() {
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the planner service log " + log, e);
        }
    }

    private static List<String> command(Path runnerJar, int port) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java,
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1",
                "-jar", runnerJar.toAbsolutePath().toString());
    }

    private static int freeLoopbackPort() throws IOException {
        // The port is released before the child binds it; another process could take it in
        // between, which shows up as a startup failure in the log rather than a wrong result.
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (answersReady(http, probe)) {
                return;
            }
            if (exitedWithin(PROBE_INTERVAL)) {
                throw new IllegalStateException("planner service exited with code " + process.exitValue()
                        + " before it was ready; log:\n" + logTail());
            }
        }
        throw new IllegalStateException("planner service not ready on port " + port + " after " + timeout
                + "; log:\n" + logTail());
    }

    private static boolean answersReady(HttpClient http, HttpRequest probe) {
        try {
            return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the planner service", e);
        }
    }

    /** Waits for the probe interval, returning early (true) if the child exits: a dead JVM fails fast. */
    private boolean exitedWithin(Duration interval) {
        try {
            process.onExit().get(interval.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot observe the planner service process", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the planner service", e);
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the planner service log " + log, e);
        }
    }
}

package dev.ltl.common.process;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One ltl service started as a child JVM (used by the demo main jobs and the benchmarks) from its packaged Quarkus app, on a free loopback port,
 * and considered started once {@code /q/health/ready} answers 200.
 */
public final class ServiceProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static ServiceProcess start(String name, Path quarkusRunJar, Map<String, String> properties, Path logDir)
            throws IOException {
        if (!Files.isRegularFile(quarkusRunJar)) {
            throw new IOException(name + " is not built: " + quarkusRunJar
                    + " is missing (run ./mvnw -B package -DskipTests first)");
        }
        int port = freePort();
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx1g");
        command.add("-Djava.io.tmpdir=" + logDir.resolve("tmp-" + name));
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + port);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(quarkusRunJar.toString());
        Files.createDirectories(logDir.resolve("tmp-" + name));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ServiceProcess(name, process, port, log);
    }

    /** Polls the readiness endpoint until it answers 200, the process dies, or the timeout passes. */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        awaitHealth("/q/health/ready", timeout);
    }

    /**
     * Polls the liveness endpoint: the app is up, whatever its models' state. For services whose
     * readiness depends on models the caller then inspects (e.g. via ListModels).
     */
    public void awaitLive(Duration timeout) throws IOException, InterruptedException {
        awaitHealth("/q/health/live", timeout);
    }

    private void awaitHealth(String path, Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // The port opens only once Quarkus has started; keep polling.
            }
            // Poll interval of a readiness probe, not a stand-in for synchronisation: the child
            // process offers no other signal that it is ready.
            process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        throw new IOException(name + " did not answer 200 on " + path + " within " + timeout.toSeconds()
                + " s; see " + log);
    }

    public String target() {
        return "127.0.0.1:" + port;
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}

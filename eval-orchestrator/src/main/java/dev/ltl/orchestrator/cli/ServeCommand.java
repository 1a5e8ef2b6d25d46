package dev.ltl.orchestrator.cli;

import dev.ltl.orchestrator.api.RunServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ltl ave serve}: the orchestrator's gRPC RunService — start, watch and cancel AVE sweeps,
 * runs and diagnostics remotely. Blocks until the process is stopped; stopping cancels the active
 * runs (their finished trainings stay in the run store, so StartRun with the same run_id resumes).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the orchestrator's gRPC RunService (ltl.orchestrator.v1.RunService).")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8084", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--max-concurrent-runs", defaultValue = "1",
            description = "Runs at once; further StartRuns get RESOURCE_EXHAUSTED (default ${DEFAULT-VALUE}).")
    int maxConcurrentRuns;

    @Override
    public Integer call() throws Exception {
        // Relative paths in run options mean the directory the server was started in.
        RunServer server = RunServer.start(host, port, maxConcurrentRuns, Path.of("").toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "ltl-serve-shutdown"));
        System.err.println("RunService listening on " + host + ":" + server.port());
        server.awaitTermination();
        return 0;
    }
}

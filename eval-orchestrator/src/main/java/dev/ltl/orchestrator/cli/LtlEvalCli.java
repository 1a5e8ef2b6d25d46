package dev.ltl.orchestrator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ltl ave …} and {@code ltl simulate …}: evaluation commands. They run the orchestration
 * engine in this process and call the ltl services over gRPC (started for you by {@code ave demo}).
 */
@Command(name = "ltl", mixinStandardHelpOptions = true, version = "ltl eval 0.1.0",
        description = "Listen-then-Look evaluation: simulated benchmarks, AVE sweeps, runs and diagnostics.",
        subcommands = {SimulateCommand.class, AveCommand.class, QaCommand.class, EpicCommand.class})
public final class LtlEvalCli implements Callable<Integer> {

    public static void main(String[] args) {
        // DJL must never reach the network: set before any DJL class loads.
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.exit(new CommandLine(new LtlEvalCli()).setExitCodeExceptionMapper(e -> 1).execute(args));
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.err);
        return 64;
    }
}

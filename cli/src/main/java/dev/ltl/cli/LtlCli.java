package dev.ltl.cli;

import dev.ltl.cli.command.MethodsCommand;
import dev.ltl.cli.demo.DemoCommand;
import dev.ltl.cli.command.PlanCommand;
import dev.ltl.cli.command.ScoreCommand;
import dev.ltl.cli.command.SelectCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code ltl} command: a plain grpc-java client of the ltl services. Subcommands:
 * {@code score}, {@code plan}, {@code select}, {@code methods}, {@code demo}. Exit codes are listed in {@link ExitCodes}.
 */
@Command(name = "ltl",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Listen-then-Look client: stream batches of requests to the ltl gRPC services.")
public final class LtlCli implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(CliEnvironment.system()).execute(args));
    }

    /** The full command tree wired to an environment; {@code execute(args)} returns the exit code. */
    public static CommandLine commandLine(CliEnvironment env) {
        CommandLine commandLine = new CommandLine(new LtlCli())
                .addSubcommand(new ScoreCommand(env))
                .addSubcommand(new PlanCommand(env))
                .addSubcommand(new SelectCommand(env))
                .addSubcommand(new MethodsCommand(env))
                .addSubcommand(new DemoCommand(env));
        // Settings below reach the subcommands only because they are applied after adding them.
        commandLine.setOut(printWriter(env.stdout()));
        commandLine.setErr(printWriter(env.stderr()));
        useUsageExitCode(commandLine);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println(failed.getCommandSpec().qualifiedName() + ": " + exception);
            return ExitCodes.TRANSPORT_FAILURE;
        });
        return commandLine;
    }

    /** {@code ltl} alone: show what there is to run. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** Picocli keeps this exit code per command, so every command in the tree gets it. */
    private static void useUsageExitCode(CommandLine command) {
        command.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        command.getSubcommands().values().forEach(LtlCli::useUsageExitCode);
    }

    private static PrintWriter printWriter(java.io.OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}

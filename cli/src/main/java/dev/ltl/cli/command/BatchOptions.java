package dev.ltl.cli.command;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options every {@code --batch} command shares (a picocli mixin). */
public final class BatchOptions {

    @Option(names = "--batch", required = true, paramLabel = "IN.jsonl",
            description = "JSON Lines input, one request object per line; '-' reads stdin.")
    String input;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the output lines here instead of stdout.")
    String output;

    @Option(names = "--deadline", paramLabel = "SECONDS",
            description = "Deadline of the call; the whole batch is one streaming call. Default: none.")
    Double deadlineSeconds;

    @Option(names = "--window", paramLabel = "N", defaultValue = "32",
            description = "Most lines pending at once (read but not yet written), which bounds the requests "
                    + "in flight. Default: ${DEFAULT-VALUE}.")
    int window;

    boolean readsStdin() {
        return "-".equals(input);
    }

    void validate(CommandSpec spec) {
        if (window < 1) {
            throw new ParameterException(spec.commandLine(), "--window must be at least 1, got " + window);
        }
        if (deadlineSeconds != null && !(deadlineSeconds > 0 && Double.isFinite(deadlineSeconds))) {
            throw new ParameterException(spec.commandLine(),
                    "--deadline must be a positive number of seconds, got " + deadlineSeconds);
        }
    }
}

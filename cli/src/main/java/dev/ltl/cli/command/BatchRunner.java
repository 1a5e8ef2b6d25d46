package dev.ltl.cli.command;

import dev.ltl.cli.CliEnvironment;
import dev.ltl.cli.batch.BatchCodec;
import dev.ltl.cli.batch.BatchSummary;
import dev.ltl.cli.batch.BidiStreamOpener;
import dev.ltl.cli.batch.OrderedBatchStreamer;
import dev.ltl.cli.grpc.ChannelFactory;
import dev.ltl.cli.grpc.StatusCodes;
import io.grpc.ManagedChannel;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The common body of the batch commands: open input, output and channel, stream, summarise on
 * stderr, and return the exit code.
 */
final class BatchRunner {

    private BatchRunner() {
    }

    static <Req, Resp> int run(CommandSpec spec, CliEnvironment env, BatchOptions options, String target,
            BatchCodec<Req, Resp> codec, Function<ManagedChannel, BidiStreamOpener<Req, Resp>> openerOnChannel)
            throws IOException, InterruptedException {
        options.validate(spec);
        try (BufferedReader input = openInput(spec, env, options); Writer output = openOutput(spec, env, options)) {
            ManagedChannel channel = env.channels().open(target);
            try {
                OrderedBatchStreamer<Req, Resp> streamer =
                        new OrderedBatchStreamer<>(codec, openerOnChannel.apply(channel), options.window);
                BatchSummary summary = streamer.stream(input, output);
                report(spec, target, summary);
                return summary.exitCode();
            } finally {
                ChannelFactory.shutdown(channel);
            }
        }
    }

    private static BufferedReader openInput(CommandSpec spec, CliEnvironment env, BatchOptions options) {
        if (options.readsStdin()) {
            return new BufferedReader(
                    new InputStreamReader(StdStreams.closeShielded(env.stdin()), StandardCharsets.UTF_8));
        }
        Path file = env.workingDir().resolve(options.input);
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read --batch " + file + ": " + e);
        }
    }

    private static Writer openOutput(CommandSpec spec, CliEnvironment env, BatchOptions options) {
        if (options.output == null) {
            return new BufferedWriter(
                    new OutputStreamWriter(StdStreams.closeShielded(env.stdout()), StandardCharsets.UTF_8));
        }
        Path file = env.workingDir().resolve(options.output);
        try {
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot write --out " + file + ": " + e);
        }
    }

    /** One stderr line when something went wrong; silence on full success, as stdout may be piped on. */
    private static void report(CommandSpec spec, String target, BatchSummary summary) {
        PrintWriter err = spec.commandLine().getErr();
        String command = spec.qualifiedName();
        if (summary.streamFailed()) {
            err.printf("%s: stream to %s failed: %s: %s; %d of %d lines have errors%n", command, target,
                    summary.streamFailure().getCode(), StatusCodes.message(summary.streamFailure()),
                    summary.failedLines(), summary.lines());
        } else if (summary.failedLines() > 0) {
            err.printf("%s: %d of %d lines have errors%n", command, summary.failedLines(), summary.lines());
        }
        err.flush();
    }
}

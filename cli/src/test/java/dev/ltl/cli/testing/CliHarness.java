package dev.ltl.cli.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltl.cli.CliEnvironment;
import dev.ltl.cli.LtlCli;
import dev.ltl.cli.grpc.ChannelFactory;
import dev.ltl.cli.json.JsonLines;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs the real {@code ltl} command tree in-process: {@code --target} names an in-process server,
 * stdin/stdout/stderr are in memory, relative paths resolve against a test directory.
 */
public final class CliHarness {

    private CliHarness() {
    }

    /** What one run left behind. */
    public record Result(int exitCode, String stdout, String stderr) {

        /** Stdout parsed as JSON Lines. */
        public List<JsonNode> jsonLines() {
            return stdout.lines().map(CliHarness::parse).collect(Collectors.toList());
        }
    }

    public static Result run(Path workingDir, String stdin, String... args) {
        return run(target -> InProcessChannelBuilder.forName(target).build(), workingDir, stdin, args);
    }

    /** As {@link #run(Path, String, String...)}, with real channels of the given factory. */
    public static Result run(ChannelFactory channels, Path workingDir, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment env = new CliEnvironment(
                channels,
                workingDir,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                out,
                err);
        int exitCode = LtlCli.commandLine(env).execute(args);
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** JSON Lines text from lines. */
    public static String lines(String... lines) {
        return Arrays.stream(lines).map(line -> line + "\n").collect(Collectors.joining());
    }

    public static JsonNode parse(String json) {
        try {
            return JsonLines.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

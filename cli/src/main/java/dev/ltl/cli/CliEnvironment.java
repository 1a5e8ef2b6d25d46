package dev.ltl.cli;

import dev.ltl.cli.grpc.ChannelFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Everything a command takes from the process it runs in, gathered so tests can run the real
 * commands against an in-process service, an in-memory stdin and a temporary working directory.
 *
 * @param channels   opens the channel to {@code --target}
 * @param workingDir what relative paths ({@code --batch}, {@code --out}, {@code "uri"}) resolve against
 */
public record CliEnvironment(ChannelFactory channels, Path workingDir, InputStream stdin, OutputStream stdout,
        OutputStream stderr) {

    /** The real process: plaintext channels, the current directory and the standard streams. */
    public static CliEnvironment system() {
        return new CliEnvironment(ChannelFactory.plaintext(), Path.of("").toAbsolutePath(), System.in, System.out,
                System.err);
    }
}

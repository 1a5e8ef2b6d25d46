package dev.ltl.cli.command;

import static dev.ltl.cli.testing.CliHarness.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltl.cli.ExitCodes;
import dev.ltl.cli.grpc.ChannelFactory;
import dev.ltl.cli.testing.CliHarness;
import dev.ltl.cli.testing.CliHarness.Result;
import dev.ltl.cli.testing.ScriptedEventnessService;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production channel path: plaintext {@code host:port} over grpc-netty-shaded on loopback. */
class LoopbackTcpTest {

    @TempDir
    Path workingDir;

    @Test
    void scoresABatchOverARealPlaintextChannel() throws Exception {
        Server server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
                .addService(new ScriptedEventnessService())
                .build()
                .start();
        try {
            Result result = CliHarness.run(ChannelFactory.plaintext(), workingDir,
                    lines("{\"id\":\"a\",\"uri\":\"a.wav\",\"method\":\"energy\",\"max_seconds\":3}"),
                    "score", "--batch", "-", "--target", "localhost:" + server.getPort());

            assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
            assertThat(result.stdout()).isEqualTo(lines("{\"id\":\"a\",\"scores\":[3.0,0.25]}"));
        } finally {
            server.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}

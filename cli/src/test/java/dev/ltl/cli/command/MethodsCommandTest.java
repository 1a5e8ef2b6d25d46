package dev.ltl.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltl.cli.ExitCodes;
import dev.ltl.cli.testing.CliHarness;
import dev.ltl.cli.testing.CliHarness.Result;
import dev.ltl.cli.testing.InProcessServer;
import dev.ltl.cli.testing.ScriptedEventnessService;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MethodsCommandTest {

    @TempDir
    Path workingDir;

    @Test
    void printsTheMethodsAsATable() throws Exception {
        try (InProcessServer server = new InProcessServer(new ScriptedEventnessService())) {
            Result result = CliHarness.run(workingDir, "", "methods", "--target", server.name());

            assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
            assertThat(result.stdout().lines()).containsExactly(
                    "METHOD    KIND  READY  FRAMES  MODELS               DESCRIPTION",
                    "energy    dsp   yes    no      -                    RMS energy per second",
                    "audioset  onnx  no     no      panns@1 (not ready)  AudioSet event probability");
        }
    }

    @Test
    void exitsOneWhenTheServiceCannotBeReached() {
        Result result = CliHarness.run(workingDir, "", "methods", "--target", "nobody-listens-" + System.nanoTime());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.TRANSPORT_FAILURE);
        assertThat(result.stderr()).contains("ListMethods").contains("UNAVAILABLE");
    }
}

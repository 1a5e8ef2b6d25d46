package dev.ltl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltl.cli.testing.CliHarness;
import dev.ltl.cli.testing.CliHarness.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LtlCliTest {

    @TempDir
    Path workingDir;

    @Test
    void printsTheBuildVersion() {
        Result result = CliHarness.run(workingDir, "", "--version");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.stdout().strip()).matches("ltl \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void withoutASubcommandShowsUsageAndExitsWithTheUsageCode() {
        Result result = CliHarness.run(workingDir, "");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("score").contains("plan").contains("methods");
    }

    @Test
    void unknownOptionsAreUsageErrorsNotLineErrors() {
        assertThat(CliHarness.run(workingDir, "", "score", "--batch", "-", "--bogus").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(CliHarness.run(workingDir, "", "plan").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}

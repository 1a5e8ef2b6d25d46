package dev.ltl.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.ltl.cli.ExitCodes;
import dev.ltl.cli.testing.CliHarness;
import dev.ltl.cli.testing.CliHarness.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job end to end: {@code ltl demo} starts the two packaged services (built earlier in the
 * same reactor run), scores and plans clips over real gRPC ports and prints per-second tables.
 */
class DemoCommandTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path work;

    @BeforeEach
    void requirePackagedServices() {
        assumeThat(Files.exists(REPO.resolve("eventness-svc/target/quarkus-app/quarkus-run.jar"))
                && Files.exists(REPO.resolve("planner-svc/target/quarkus-app/quarkus-run.jar")))
                .as("packaged services (run the reactor build: ./mvnw verify)").isTrue();
    }

    @Test
    void scoresAndPlansTheRealSampleClips() {
        Path shared = Path.of(System.getProperty("ltl.shared.dir", "../../shared")).toAbsolutePath().normalize();
        assumeThat(Files.isDirectory(shared.resolve("data/ave-sample"))).as("shared sample clips").isTrue();
        Result result = CliHarness.run(REPO, "", "demo", "--shared", shared.toString(), "--work", work.toString());
        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(result.stdout())
                .contains("22olCB3wQaA  [Race car, auto racing]  event seconds: [5, 6, 7, 8, 9]")
                .contains("0lFf-HP86Q0").contains("16eUxQwxxbs")
                .contains("plan from audioset")
                .contains("tokens 1960 / budget 1960")
                .contains("Score/audioset").contains("Plan");
    }

    @Test
    void generatesClipsWhenNoSharedDirectoryExists() {
        Result result = CliHarness.run(REPO, "", "demo", "--shared", work.resolve("absent").toString(),
                "--work", work.toString());
        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(result.stdout())
                .contains("generating synthetic clips")
                .contains("method audioset not ready")
                .contains("synthetic-tone-5-6").contains("plan from energy_stride_max");
        // The tone seconds carry the two anchors (#1/#2) of the plan.
        assertThat(result.stdout().lines().filter(l -> l.matches("\\s+[56]\\s+\\*.*#[12]\\s*"))).hasSize(2);
    }
}

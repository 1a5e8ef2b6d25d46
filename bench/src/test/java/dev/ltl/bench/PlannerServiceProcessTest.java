package dev.ltl.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.planner.domain.ListenThenLookPlanner;
import dev.ltl.planner.domain.PlanInput;
import dev.ltl.planner.domain.PlannerConfig;
import dev.ltl.proto.planner.v1.PlanRequest;
import dev.ltl.proto.planner.v1.PlanResponse;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting the packaged planner-svc the way the gRPC benchmark does. The end-to-end case needs
 * {@code planner-svc/target/quarkus-app/quarkus-run.jar} (built by planner-svc's package phase) and
 * is skipped without it.
 */
class PlannerServiceProcessTest {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    @Test
    void missingJarFailsWithThePathAndHowToBuildIt(@TempDir Path dir) {
        Path jar = dir.resolve("absent.jar");

        assertThatThrownBy(() -> PlannerServiceProcess.start(jar, READY_TIMEOUT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(jar.toString()).hasMessageContaining("-Dltl.planner.jar");
    }

    @Test
    void aJvmThatExitsFailsFastWithItsLog(@TempDir Path dir) throws Exception {
        Path notAJar = Files.writeString(dir.resolve("broken.jar"), "not a zip");

        assertThatThrownBy(() -> PlannerServiceProcess.start(notAJar, READY_TIMEOUT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with code").hasMessageContaining("broken.jar");
    }

    @Test
    void packagedServicePlansLikeTheInProcessPlannerOverBothCallStyles() throws Exception {
        Path jar = Path.of(System.getProperty(PlannerGrpcStreamBenchmark.JAR_PROPERTY,
                "../" + PlannerGrpcStreamBenchmark.DEFAULT_JAR));
        Assumptions.assumeTrue(Files.isRegularFile(jar), "planner-svc not packaged: " + jar.toAbsolutePath());
        double[][] clips = SyntheticScores.clips(PlannerBenchmark.SCORE_SEED, PlannerGrpcStreamBenchmark.BATCH, 10);
        List<PlanRequest> requests = PlanRequests.anchored(clips, BenchPlannerConfigs.finalWinner());
        PlannerConfig config = PlannerConfig.fromMap(BenchPlannerConfigs.finalWinner());
        ListenThenLookPlanner planner = new ListenThenLookPlanner();

        try (PlannerServiceProcess service = PlannerServiceProcess.start(jar, READY_TIMEOUT)) {
            ManagedChannel channel = Grpc.newChannelBuilderForAddress("127.0.0.1", service.port(),
                    InsecureChannelCredentials.create()).build();
            try {
                PlanStreamBatch stream = new PlanStreamBatch(PlannerServiceGrpc.newStub(channel),
                        PlannerGrpcStreamBenchmark.WINDOW, Duration.ofSeconds(60));
                assertThat(stream.run(requests)).isEqualTo(PlannerGrpcStreamBenchmark.BATCH);

                PlannerServiceGrpc.PlannerServiceBlockingStub unary = PlannerServiceGrpc.newBlockingStub(channel);
                for (int i = 0; i < 50; i++) {
                    PlanResponse response = unary.plan(requests.get(i));
                    int[] expected = planner.plan(PlanInput.anchored(clips[i], config)).resolutions();
                    assertThat(response.getResolutionsList()).as("clip %d", i)
                            .containsExactly(Arrays.stream(expected).boxed().toArray(Integer[]::new));
                }
            } finally {
                channel.shutdownNow();
            }
        }
    }
}

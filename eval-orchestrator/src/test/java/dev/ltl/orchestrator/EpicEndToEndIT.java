package dev.ltl.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltl.eval.simulate.epic.SimulatedEpic;
import dev.ltl.eval.simulate.epic.SimulatedEpicSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EPIC-SOUNDS evaluation end to end across the real packaged services (eventness-svc energy
 * scores, planner-svc epic_* selections, vlm-svc with the real MobileNetV2 backbone) on a tiny
 * simulated benchmark (8 + 4 videos of 30 s), through {@code ltl epic eval} in a child JVM.
 */
class EpicEndToEndIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_STEPS = 10;

    @TempDir
    static Path work;

    private static PackagedServices services;
    private static Path data;

    @BeforeAll
    static void startServicesAndSimulate() throws Exception {
        PackagedServices.assumeBuiltWithBackbone();
        services = PackagedServices.startAndAwaitReady(work.resolve("logs"));
        data = work.resolve("epic");
        SimulatedEpic.generate(data, new SimulatedEpicSpec(8, 4, 30, 30, 2, 3, 4, 0, 224, 0.01));
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void evaluatesEveryMethodAndRerunsFromTheFeatureCache() throws Exception {
        Path out = work.resolve("eval");
        Result first = run(evalArgs(out));
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("audio_anchored", "oracle", "macro-F1@0.5");

        JsonNode metrics = JSON.readTree(out.resolve("metrics.json").toFile());
        assertThat(metrics.get("task").asText()).isEqualTo("epic_sounds");
        assertThat(metrics.get("budget_tokens").asLong()).isEqualTo(MAX_STEPS * 196L);
        assertThat(metrics.get("max_steps").asInt()).isEqualTo(MAX_STEPS);
        assertThat(metrics.get("n_train").asInt()).isEqualTo(8);
        assertThat(metrics.get("n_val").asInt()).isEqualTo(4);
        assertThat(metrics.get("backbone").asText()).isEqualTo("mobilenetv2-12-int8-dyn");
        assertThat(metrics.get("methods").fieldNames()).toIterable()
                .containsExactly("uniform", "random", "audio_anchored", "oracle");
        for (JsonNode method : metrics.get("methods")) {
            assertThat(method.get("map_mean").asDouble()).isBetween(0.0, 1.0);
            assertThat(method.get("f1_mean").asDouble()).isBetween(0.0, 1.0);
            assertThat(method.get("per_seed")).hasSize(1);
            assertThat(method.get("mean_tokens_per_video").asDouble()).isEqualTo(MAX_STEPS * 196.0);
        }
        assertThat(metrics.at("/map_delta_vs_uniform/uniform").asDouble()).isZero();

        List<String> plans = Files.readAllLines(out.resolve("plans.jsonl"), StandardCharsets.UTF_8);
        assertThat(plans).hasSize(4 * 12);
        for (String line : plans) {
            JsonNode plan = JSON.readTree(line);
            assertThat(plan.get("seconds")).hasSize(MAX_STEPS);
            assertThat(plan.get("total_tokens").asLong()).isEqualTo(MAX_STEPS * 196L);
        }
        JsonNode accounting = JSON.readTree(out.resolve("accounting.json").toFile());
        assertThat(accounting.toString()).contains("vlm/EmbedStream", "planner/SelectFrames", "eventness/Score");

        // Same inputs again: every embedding comes from the feature cache, the metrics are identical.
        Path again = work.resolve("eval-again");
        Result second = run(evalArgs(again));
        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(Files.readString(again.resolve("accounting.json"))).doesNotContain("vlm/EmbedStream");
        JsonNode repeated = JSON.readTree(again.resolve("metrics.json").toFile());
        assertThat(repeated.get("methods")).isEqualTo(metrics.get("methods"));
    }

    private static List<String> evalArgs(Path out) {
        return List.of("epic", "eval", "--epic", data.toString(), "--out", out.toString(),
                "--cache", work.resolve("feature-cache").toString(), "--max-steps", Integer.toString(MAX_STEPS),
                "--seeds", "0", "--epochs", "2", "--hidden", "64",
                "--eventness", services.eventness(), "--planner", services.planner(),
                "--vlm", services.vlm());
    }

    private record Result(int exitCode, String output) {
    }

    /** Runs `ltl …` in a child JVM, its output in a log file under the work directory. */
    private static Result run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx2g", "-Djava.io.tmpdir=" + work, "-jar", Path.of("target/ltl-eval.jar").toAbsolutePath().toString()));
        command.addAll(args);
        Path log = Files.createTempFile(work, "epic-run-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
        return new Result(process.exitValue(), Files.readString(log));
    }
}

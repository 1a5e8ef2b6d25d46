package dev.ltl.cli.command;

import static dev.ltl.cli.testing.CliHarness.lines;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltl.cli.ExitCodes;
import dev.ltl.cli.testing.CliHarness;
import dev.ltl.cli.testing.CliHarness.Result;
import dev.ltl.cli.testing.InProcessServer;
import dev.ltl.cli.testing.ScriptedPlannerService;
import dev.ltl.proto.planner.v1.Baseline;
import dev.ltl.proto.planner.v1.PlanRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ltl plan --batch} end to end, against an in-process planner service. */
class PlanCommandTest {

    @TempDir
    Path workingDir;

    private final ScriptedPlannerService service = new ScriptedPlannerService();
    private InProcessServer server;

    @BeforeEach
    void startServer() {
        server = new InProcessServer(service);
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        server.close();
    }

    @Test
    void plansEachLineAndWritesThePlanFields() {
        Result result = CliHarness.run(workingDir, lines(
                        "{\"id\":\"v1\",\"scores\":[0.1,0.9,0.6]}",
                        "{\"id\":\"v2\",\"scores\":[0.2,0.3],\"config\":{\"" + ScriptedPlannerService.FORCE_FALLBACK
                                + "\":true}}"),
                "plan", "--batch", "-", "--target", server.name());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.stdout()).isEqualTo(lines(
                "{\"id\":\"v1\",\"resolutions\":[160,352,352],\"anchors\":[1,2],\"fallback_used\":false,"
                        + "\"fallback_reason\":null,\"conf_value\":0.9,\"total_tokens\":1068}",
                "{\"id\":\"v2\",\"resolutions\":[160,160],\"anchors\":[1,0],\"fallback_used\":true,"
                        + "\"fallback_reason\":\"conf_below_threshold\",\"conf_value\":0.3,\"total_tokens\":200}"));
    }

    @Test
    void theConfigFileIsTheDefaultAndLineKeysOverrideIt() throws Exception {
        Files.writeString(workingDir.resolve("best_config.json"), "{\"k\": 2, \"low_res\": 160}");

        Result result = CliHarness.run(workingDir, lines(
                        "{\"id\":\"a\",\"scores\":[1]}",
                        "{\"id\":\"b\",\"scores\":[1],\"config\":{\"k\":3}}"),
                "plan", "--batch", "-", "--config", "best_config.json", "--target", server.name());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        List<PlanRequest> sent = service.received();
        assertThat(sent.get(0).getConfig().getFieldsOrThrow("k").getNumberValue()).isEqualTo(2.0);
        assertThat(sent.get(1).getConfig().getFieldsOrThrow("k").getNumberValue()).isEqualTo(3.0);
        assertThat(sent.get(1).getConfig().getFieldsOrThrow("low_res").getNumberValue()).isEqualTo(160.0);
    }

    @Test
    void sendsBaselineFieldsThrough() {
        CliHarness.run(workingDir, lines(
                        "{\"id\":\"r\",\"scores\":[0,1,2],\"baseline\":\"random\",\"seed\":7,\"random_anchors\":[2]}",
                        "{\"id\":\"o\",\"scores\":[0,1,2],\"baseline\":\"oracle\",\"oracle_segments\":[0,1,0]}"),
                "plan", "--batch", "-", "--target", server.name());

        List<PlanRequest> sent = service.received();
        assertThat(sent.get(0).getBaseline()).isEqualTo(Baseline.BASELINE_RANDOM);
        assertThat(sent.get(0).getSeed()).isEqualTo(7);
        assertThat(sent.get(0).getRandomAnchorsList()).containsExactly(2);
        assertThat(sent.get(1).getBaseline()).isEqualTo(Baseline.BASELINE_ORACLE);
        assertThat(sent.get(1).getOracleSegmentsList()).containsExactly(0, 1, 0);
    }

    @Test
    void reportsLocalAndServiceErrorsPerLineAndExitsTwo() {
        Result result = CliHarness.run(workingDir, lines(
                        "{\"id\":\"a\",\"scores\":[0.5]}",
                        "{\"id\":\"no-scores\"}",
                        "{\"id\":\"bad\",\"scores\":[1],\"config\":{\"" + ScriptedPlannerService.UNKNOWN_KEY + "\":1}}",
                        "{\"id\":\"c\",\"scores\":[0.1]}"),
                "plan", "--batch", "-", "--target", server.name());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.LINE_ERRORS);
        List<JsonNode> written = result.jsonLines();
        assertThat(written).extracting(line -> line.get("id").asText()).containsExactly("a", "no-scores", "bad", "c");
        assertThat(written.get(1).at("/error/message").asText()).isEqualTo("line 2: missing required field \"scores\"");
        assertThat(written.get(2).at("/error/code").asText()).isEqualTo("INVALID_ARGUMENT");
        assertThat(written.get(2).at("/error/message").asText()).contains(ScriptedPlannerService.UNKNOWN_KEY);
        assertThat(written.get(3).has("resolutions")).isTrue();
        assertThat(service.received()).extracting(PlanRequest::getRequestId).containsExactly("a", "bad", "c");
    }

    @Test
    void anUnreadableConfigFileIsAUsageError() throws Exception {
        Files.writeString(workingDir.resolve("broken.json"), "{\"k\":");

        Result result = CliHarness.run(workingDir, lines("{\"id\":\"a\",\"scores\":[1]}"),
                "plan", "--batch", "-", "--config", "broken.json", "--target", server.name());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("cannot use --config");
        assertThat(service.received()).isEmpty();
    }
}

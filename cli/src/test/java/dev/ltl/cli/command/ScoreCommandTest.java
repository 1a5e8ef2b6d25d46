package dev.ltl.cli.command;

import static dev.ltl.cli.testing.CliHarness.lines;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltl.cli.ExitCodes;
import dev.ltl.cli.testing.CliHarness;
import dev.ltl.cli.testing.CliHarness.Result;
import dev.ltl.cli.testing.InProcessServer;
import dev.ltl.cli.testing.ScriptedEventnessService;
import dev.ltl.proto.eventness.v1.ScoreRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ltl score --batch} end to end, against an in-process eventness service. */
class ScoreCommandTest {

    @TempDir
    Path workingDir;

    private final ScriptedEventnessService service = new ScriptedEventnessService();
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
    void readsStdinAndWritesStdoutInOrderExitingZero() {
        Result result = CliHarness.run(workingDir, lines(
                        "{\"id\":\"a\",\"uri\":\"clips/a.wav\",\"method\":\"energy\",\"max_seconds\":4}",
                        "{\"id\":\"b\",\"uri\":\"/abs/b.wav\",\"method\":\"energy\",\"num_segments\":10}"),
                "score", "--batch", "-", "--target", server.name());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.stdout()).isEqualTo(lines(
                "{\"id\":\"a\",\"scores\":[4.0,0.25]}",
                "{\"id\":\"b\",\"scores\":[0.0,10.25]}"));
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void sendsRelativeUrisAsAbsoluteFileUris() {
        CliHarness.run(workingDir, lines("{\"id\":\"a\",\"uri\":\"clips/a.wav\",\"method\":\"energy\"}"),
                "score", "--batch", "-", "--target", server.name());

        assertThat(service.received()).extracting(request -> request.getMedia().getUri())
                .containsExactly(workingDir.resolve("clips/a.wav").toUri().toString());
    }

    @Test
    void readsABatchFileRelativeToTheWorkingDirectoryAndWritesOut() throws Exception {
        Files.writeString(workingDir.resolve("in.jsonl"), lines(
                "{\"id\":1,\"uri\":\"a.wav\",\"method\":\"energy\"}",
                "{\"id\":2,\"uri\":\"b.wav\",\"method\":\"" + ScriptedEventnessService.REJECTED_METHOD + "\"}"));

        Result result = CliHarness.run(workingDir, "",
                "score", "--batch", "in.jsonl", "--out", "out.jsonl", "--target", server.name());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.LINE_ERRORS);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).contains("1 of 2 lines have errors");
        List<JsonNode> written = Files.readAllLines(workingDir.resolve("out.jsonl")).stream()
                .map(CliHarness::parse).toList();
        assertThat(written.get(0).get("scores")).isNotNull();
        assertThat(written.get(1).at("/error/code").asText()).isEqualTo("INVALID_ARGUMENT");
        assertThat(written.get(1).get("id").asInt()).isEqualTo(2);
    }

    @Test
    void exitsOneAndSaysWhyWhenTheStreamFails() {
        Result result = CliHarness.run(workingDir, lines(
                        "{\"id\":\"a\",\"uri\":\"" + ScriptedEventnessService.KILL_MARKER + "\",\"method\":\"energy\"}",
                        "{\"id\":\"b\",\"uri\":\"b.wav\",\"method\":\"energy\"}"),
                "score", "--batch", "-", "--target", server.name());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.TRANSPORT_FAILURE);
        assertThat(result.jsonLines()).extracting(line -> line.at("/error/code").asText())
                .containsExactly("UNAVAILABLE", "UNAVAILABLE");
        assertThat(result.stderr()).contains("failed: UNAVAILABLE: service is shutting down");
    }

    @Test
    void theWindowOptionIsHonouredEndToEnd() {
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            input.append("{\"id\":").append(i).append(",\"uri\":\"c.wav\",\"method\":\"energy\",\"max_seconds\":")
                    .append(i).append("}\n");
        }

        Result result = CliHarness.run(workingDir, input.toString(),
                "score", "--batch", "-", "--window", "1", "--target", server.name());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        List<JsonNode> lines = result.jsonLines();
        assertThat(lines).hasSize(50);
        for (int i = 0; i < 50; i++) {
            assertThat(lines.get(i).get("id").asInt()).isEqualTo(i);
            assertThat(lines.get(i).at("/scores/0").asDouble()).isEqualTo(i);
        }
        assertThat(service.received()).extracting(ScoreRequest::getRequestId).hasSize(50);
    }

    @Test
    void aMissingBatchFileIsAUsageError() {
        Result result = CliHarness.run(workingDir, "", "score", "--batch", "nope.jsonl", "--target", server.name());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("cannot read --batch");
    }

    @Test
    void aNonPositiveWindowOrDeadlineIsAUsageError() {
        assertThat(CliHarness.run(workingDir, "", "score", "--batch", "-", "--window", "0").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(CliHarness.run(workingDir, "", "score", "--batch", "-", "--deadline", "-1").exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aGenerousDeadlineDoesNotGetInTheWay() {
        Result result = CliHarness.run(workingDir, lines("{\"id\":\"a\",\"uri\":\"a.wav\",\"method\":\"energy\"}"),
                "score", "--batch", "-", "--deadline", "600", "--target", server.name());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    }
}

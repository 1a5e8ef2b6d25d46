package dev.ltl.cli.command;

import static dev.ltl.cli.testing.CliHarness.lines;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltl.cli.ExitCodes;
import dev.ltl.cli.testing.CliHarness;
import dev.ltl.cli.testing.CliHarness.Result;
import dev.ltl.cli.testing.DomainSelectService;
import dev.ltl.cli.testing.InProcessServer;
import dev.ltl.cli.testing.ScriptedSelectService;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ltl select --batch} end to end, against a scripted and a real-selector in-process service. */
class SelectCommandTest {

    @TempDir
    Path workingDir;

    @Test
    void selectsEachLineAndWritesTheSelectionFieldsInInputOrder() throws Exception {
        ScriptedSelectService service = new ScriptedSelectService();
        try (InProcessServer server = new InProcessServer(service)) {
            Result result = CliHarness.run(workingDir, lines(
                            "{\"id\":\"u\",\"method\":\"uniform\",\"scores\":[0,0,0,0],\"budget_frames\":2}",
                            "{\"id\":\"m\",\"method\":\"mixture\",\"scores\":[0.1,0.9,0.2,0.7],\"budget_frames\":3,"
                                    + "\"seed\":4}"),
                    "select", "--batch", "-", "--target", server.name());

            assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
            assertThat(result.stdout()).isEqualTo(lines(
                    "{\"id\":\"u\",\"selected_seconds\":[0,1],\"background_seconds\":[],\"anchor_seconds\":[],"
                            + "\"alpha\":null,\"q_bar\":null}",
                    "{\"id\":\"m\",\"selected_seconds\":[0,1,3],\"background_seconds\":[0],\"anchor_seconds\":[1,3],"
                            + "\"alpha\":0.25,\"q_bar\":0.75}"));
            List<SelectFramesRequest> sent = service.received();
            assertThat(sent.get(1).getSeed()).isEqualTo(4);
            assertThat(sent.get(1).getBudgetFrames()).isEqualTo(3);
        }
    }

    @Test
    void reportsLocalAndServiceErrorsPerLineAndTheBatchGoesOn() throws Exception {
        ScriptedSelectService service = new ScriptedSelectService();
        Files.writeString(workingDir.resolve("in.jsonl"), lines(
                "{\"id\":\"a\",\"method\":\"uniform\",\"scores\":[1,2,3],\"budget_frames\":1}",
                "{\"id\":\"no-budget\",\"method\":\"uniform\",\"scores\":[1,2,3]}",
                "not json",
                "{\"id\":\"bad\",\"method\":\"topk\",\"scores\":[1],\"budget_frames\":1}",
                "{\"id\":\"c\",\"method\":\"random\",\"scores\":[1,2],\"budget_frames\":5}"));
        try (InProcessServer server = new InProcessServer(service)) {
            Result result = CliHarness.run(workingDir, "", "select", "--batch", "in.jsonl", "--target", server.name());

            assertThat(result.exitCode()).isEqualTo(ExitCodes.LINE_ERRORS);
            List<JsonNode> written = result.jsonLines();
            assertThat(written).extracting(line -> line.get("id").isNull() ? null : line.get("id").asText())
                    .containsExactly("a", "no-budget", null, "bad", "c");
            assertThat(written.get(1).at("/error/message").asText())
                    .isEqualTo("line 2: missing required field \"budget_frames\"");
            assertThat(written.get(2).at("/error/code").asText()).isEqualTo("INVALID_ARGUMENT");
            assertThat(written.get(3).at("/error/message").asText()).contains("topk");
            assertThat(written.get(4).get("selected_seconds")).hasSize(2);
            assertThat(result.stderr()).contains("3 of 5 lines have errors");
            assertThat(service.received()).extracting(SelectFramesRequest::getRequestId).containsExactly("a", "bad", "c");
        }
    }

    @Test
    void realSelectorsGiveTheSpecsSelections() throws Exception {
        // Worked by hand in planner-core's MixtureSelectorTest and QaSelectorsTest; random(10, 3) with seed 0 is
        // python3's sorted(random.Random(0).sample(range(10), 3)) == [0, 6, 9].
        String scores = "[0.1,0.9,0.85,0.2,0.3,0.7,0.1,0.05,0.6,0.2]";
        try (InProcessServer server = new InProcessServer(new DomainSelectService())) {
            Result result = CliHarness.run(workingDir, lines(
                            "{\"id\":1,\"method\":\"mixture\",\"scores\":" + scores + ",\"budget_frames\":4}",
                            "{\"id\":2,\"method\":\"uniform\",\"scores\":" + scores + ",\"budget_frames\":3}",
                            "{\"id\":3,\"method\":\"random\",\"scores\":" + scores + ",\"budget_frames\":3,\"seed\":0}",
                            "{\"id\":4,\"method\":\"mixture\",\"scores\":" + scores + ",\"budget_frames\":-1}"),
                    "select", "--batch", "-", "--target", server.name());

            assertThat(result.exitCode()).isEqualTo(ExitCodes.LINE_ERRORS);
            List<JsonNode> written = result.jsonLines();
            assertThat(written.get(0).get("selected_seconds").toString()).isEqualTo("[0,1,2,5]");
            assertThat(written.get(0).get("background_seconds").toString()).isEqualTo("[5]");
            assertThat(written.get(0).get("anchor_seconds").toString()).isEqualTo("[1,0,2]");
            assertThat(written.get(0).get("q_bar").asDouble()).isEqualTo(0.8627450980392157);
            assertThat(written.get(0).get("alpha").asDouble()).isEqualTo(0.16862745098039214);
            assertThat(written.get(1).get("selected_seconds").toString()).isEqualTo("[0,4,9]");
            assertThat(written.get(2).get("selected_seconds").toString()).isEqualTo("[0,6,9]");
            assertThat(written.get(3).at("/error/message").asText()).contains("budget_frames");
        }
    }
}

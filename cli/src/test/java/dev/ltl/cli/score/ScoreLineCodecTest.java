package dev.ltl.cli.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.rpc.Code;
import dev.ltl.cli.batch.LineOutput;
import dev.ltl.cli.json.InvalidLineException;
import dev.ltl.cli.json.JsonLines;
import dev.ltl.cli.testing.CliHarness;
import dev.ltl.proto.eventness.v1.ScoreRequest;
import dev.ltl.proto.eventness.v1.ScoreResponse;
import dev.ltl.proto.eventness.v1.ScoreStreamResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScoreLineCodecTest {

    private final ScoreLineCodec codec = new ScoreLineCodec(Path.of("/runs"));

    @Test
    void mapsEveryInputField() throws Exception {
        ScoreRequest request = codec.toRequest(JsonLines.readObject(
                "{\"id\":\"x\",\"uri\":\"a.wav\",\"method\":\"energy_delta\",\"max_seconds\":8,\"num_segments\":10}"),
                "x");

        assertThat(request.getRequestId()).isEqualTo("x");
        assertThat(request.getMethod()).isEqualTo("energy_delta");
        assertThat(request.getMedia().getUri()).isEqualTo("file:///runs/a.wav");
        assertThat(request.getMaxSeconds()).isEqualTo(8);
        assertThat(request.getNumSegments()).isEqualTo(10);
    }

    @Test
    void optionalFieldsDefaultToZeroSoTheServiceDefaultsApply() throws Exception {
        ScoreRequest request = codec.toRequest(JsonLines.readObject("{\"uri\":\"a.wav\",\"method\":\"energy\"}"), "1");

        assertThat(request.getMaxSeconds()).isZero();
        assertThat(request.getNumSegments()).isZero();
    }

    @Test
    void requiresUriAndMethod() {
        assertThatThrownBy(() -> codec.toRequest(JsonLines.readObject("{\"uri\":\"a.wav\"}"), "1"))
                .isInstanceOf(InvalidLineException.class).hasMessageContaining("\"method\"");
        assertThatThrownBy(() -> codec.toRequest(JsonLines.readObject("{\"method\":\"energy\"}"), "1"))
                .isInstanceOf(InvalidLineException.class).hasMessageContaining("\"uri\"");
    }

    @Test
    void rendersScoresAsDoubles() {
        LineOutput output = codec.render(TextNode.valueOf("x"), ScoreStreamResponse.newBuilder()
                .setResult(ScoreResponse.newBuilder().addScores(1).addScores(0.5)).build());

        assertThat(output.ok()).isTrue();
        assertThat(output.json()).isEqualTo("{\"id\":\"x\",\"scores\":[1.0,0.5]}");
    }

    @Test
    void rendersAPerItemErrorWithItsCodeName() {
        LineOutput output = codec.render(TextNode.valueOf("x"), ScoreStreamResponse.newBuilder()
                .setError(com.google.rpc.Status.newBuilder().setCode(Code.NOT_FOUND_VALUE).setMessage("no such file"))
                .build());

        JsonNode line = CliHarness.parse(output.json());
        assertThat(output.ok()).isFalse();
        assertThat(line.at("/error/code").asText()).isEqualTo("NOT_FOUND");
        assertThat(line.at("/error/message").asText()).isEqualTo("no such file");
    }

    @Test
    void aResponseWithNeitherOutcomeIsAnInternalError() {
        LineOutput output = codec.render(TextNode.valueOf("x"), ScoreStreamResponse.getDefaultInstance());

        assertThat(output.ok()).isFalse();
        assertThat(CliHarness.parse(output.json()).at("/error/code").asText()).isEqualTo("INTERNAL");
    }
}

package dev.ltl.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ltl.cli.batch.LineOutput;
import dev.ltl.cli.json.InvalidLineException;
import dev.ltl.cli.json.JsonLines;
import dev.ltl.proto.planner.v1.Baseline;
import dev.ltl.proto.planner.v1.PlanRequest;
import dev.ltl.proto.planner.v1.PlanResponse;
import dev.ltl.proto.planner.v1.PlanStreamResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanLineCodecTest {

    @Test
    void mapsEveryInputField() throws Exception {
        PlanLineCodec codec = new PlanLineCodec(Optional.of(JsonLines.readObject("{\"k\":2,\"low_res\":160}")));

        PlanRequest request = codec.toRequest(JsonLines.readObject("{\"id\":\"v1\",\"scores\":[0.1,0.9,0.4],"
                + "\"config\":{\"k\":3},\"baseline\":\"random\",\"oracle_segments\":[0,1,1],\"seed\":12345678901,"
                + "\"random_anchors\":[2,0],\"visual_scores\":[1,2,3]}"), "v1");

        assertThat(request.getRequestId()).isEqualTo("v1");
        assertThat(request.getScoresList()).containsExactly(0.1, 0.9, 0.4);
        assertThat(request.getConfig().getFieldsOrThrow("k").getNumberValue()).isEqualTo(3.0);
        assertThat(request.getConfig().getFieldsOrThrow("low_res").getNumberValue()).isEqualTo(160.0);
        assertThat(request.getBaseline()).isEqualTo(Baseline.BASELINE_RANDOM);
        assertThat(request.getOracleSegmentsList()).containsExactly(0, 1, 1);
        assertThat(request.getSeed()).isEqualTo(12_345_678_901L);
        assertThat(request.getRandomAnchorsList()).containsExactly(2, 0);
        assertThat(request.getVisualScoresList()).containsExactly(1.0, 2.0, 3.0);
    }

    @Test
    void aMinimalLineLeavesEverythingElseUnset() throws Exception {
        PlanRequest request = new PlanLineCodec(Optional.empty())
                .toRequest(JsonLines.readObject("{\"id\":1,\"scores\":[]}"), "1");

        assertThat(request.hasConfig()).isFalse();
        assertThat(request.getBaseline()).isEqualTo(Baseline.BASELINE_UNSPECIFIED);
        assertThat(request.getOracleSegmentsCount()).isZero();
    }

    @Test
    void rejectsMissingScoresAndMistypedFields() {
        PlanLineCodec codec = new PlanLineCodec(Optional.empty());

        assertThatThrownBy(() -> codec.toRequest(JsonLines.readObject("{\"id\":1}"), "1"))
                .isInstanceOf(InvalidLineException.class).hasMessage("missing required field \"scores\"");
        assertThatThrownBy(() -> codec.toRequest(JsonLines.readObject("{\"scores\":[1],\"config\":[1]}"), "1"))
                .hasMessage("field \"config\" must be a JSON object");
        assertThatThrownBy(() -> codec.toRequest(JsonLines.readObject("{\"scores\":[1],\"baseline\":\"x\"}"), "1"))
                .hasMessageContaining("unknown baseline");
        assertThatThrownBy(() -> codec.toRequest(JsonLines.readObject("{\"scores\":[1],\"seed\":0.5}"), "1"))
                .hasMessageContaining("\"seed\"");
    }

    @Test
    void rendersThePlanWithIntsDoublesAndANullReasonWhenThereIsNoFallback() {
        PlanStreamResponse response = PlanStreamResponse.newBuilder().setResult(PlanResponse.newBuilder()
                .addResolutions(160).addResolutions(352).addAnchors(1).setFallbackUsed(false)
                .setConfValue(2).setTotalTokens(584)).build();

        LineOutput output = new PlanLineCodec(Optional.empty()).render(IntNode.valueOf(4), response);

        assertThat(output.ok()).isTrue();
        assertThat(output.json()).isEqualTo("{\"id\":4,\"resolutions\":[160,352],\"anchors\":[1],"
                + "\"fallback_used\":false,\"fallback_reason\":null,\"conf_value\":2.0,\"total_tokens\":584}");
    }

    @Test
    void rendersTheFallbackReasonWhenThereIsOne() {
        PlanStreamResponse response = PlanStreamResponse.newBuilder().setResult(PlanResponse.newBuilder()
                .setFallbackUsed(true).setFallbackReason("conf_below_threshold")).build();

        String json = new PlanLineCodec(Optional.empty()).render(TextNode.valueOf("v"), response).json();

        assertThat(json).contains("\"fallback_used\":true,\"fallback_reason\":\"conf_below_threshold\"");
    }
}

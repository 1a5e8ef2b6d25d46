package dev.ltl.cli.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ltl.cli.batch.LineOutput;
import dev.ltl.cli.json.InvalidLineException;
import dev.ltl.cli.json.JsonLines;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import dev.ltl.proto.planner.v1.SelectFramesResponse;
import dev.ltl.proto.planner.v1.SelectFramesStreamResponse;
import org.junit.jupiter.api.Test;

class SelectLineCodecTest {
    private final SelectLineCodec codec = new SelectLineCodec();

    @Test
    void mapsEveryInputField() throws Exception {
        SelectFramesRequest request = codec.toRequest(JsonLines.readObject("{\"id\":\"v1\",\"method\":\"random\","
                + "\"scores\":[0.1,0.9,0.4],\"budget_frames\":2.0,\"seed\":12345678901,\"item_seed_key\":\"q1|v1\"}"),
                "v1");

        assertThat(request.getRequestId()).isEqualTo("v1");
        assertThat(request.getMethod()).isEqualTo("random");
        assertThat(request.getScoresList()).containsExactly(0.1, 0.9, 0.4);
        assertThat(request.getBudgetFrames()).isEqualTo(2);
        assertThat(request.getSeed()).isEqualTo(12_345_678_901L);
        assertThat(request.getItemSeedKey()).isEqualTo("q1|v1");
        // T comes from the scores: num_seconds stays unset
        assertThat(request.getNumSeconds()).isZero();
    }

    @Test
    void aMinimalLineLeavesTheSeedUnset() throws Exception {
        SelectFramesRequest request = codec.toRequest(JsonLines.readObject(
                "{\"id\":1,\"method\":\"uniform\",\"scores\":[1,2],\"budget_frames\":0}"), "1");
        assertThat(request.getSeed()).isZero();
        assertThat(request.getItemSeedKey()).isEmpty();
        assertThat(request.hasBudgetFrames()).isTrue();
    }

    @Test
    void rejectsMissingAndMistypedFields() {
        assertThatThrownBy(() -> codec.toRequest(JsonLines.readObject("{\"scores\":[1],\"budget_frames\":1}"), "1"))
                .isInstanceOf(InvalidLineException.class).hasMessage("missing required field \"method\"");
        assertThatThrownBy(() -> codec.toRequest(JsonLines.readObject("{\"method\":\"uniform\",\"budget_frames\":1}"), "1"))
                .hasMessage("missing required field \"scores\"");
        assertThatThrownBy(() -> codec.toRequest(JsonLines.readObject("{\"method\":\"uniform\",\"scores\":[1]}"), "1"))
                .hasMessage("missing required field \"budget_frames\"");
        assertThatThrownBy(() -> codec.toRequest(JsonLines.readObject(
                "{\"method\":\"uniform\",\"scores\":[1],\"budget_frames\":1.5}"), "1"))
                .hasMessage("field \"budget_frames\" must be a 32-bit integer");
        assertThatThrownBy(() -> codec.toRequest(JsonLines.readObject(
                "{\"method\":\"uniform\",\"scores\":[\"a\"],\"budget_frames\":1}"), "1"))
                .hasMessage("element 0 of \"scores\" must be a number");
    }

    @Test
    void rendersAMixtureSelectionWithAlphaAndQBar() {
        SelectFramesStreamResponse response = SelectFramesStreamResponse.newBuilder().setResult(
                SelectFramesResponse.newBuilder().addSelectedSeconds(0).addSelectedSeconds(1).addSelectedSeconds(5)
                        .addBackgroundSeconds(5).addAnchorSeconds(1).addAnchorSeconds(0).setAlpha(0.5).setQBar(0.25))
                .build();

        LineOutput output = codec.render(TextNode.valueOf("v"), response);

        assertThat(output.ok()).isTrue();
        assertThat(output.json()).isEqualTo("{\"id\":\"v\",\"selected_seconds\":[0,1,5],\"background_seconds\":[5],"
                + "\"anchor_seconds\":[1,0],\"alpha\":0.5,\"q_bar\":0.25}");
    }

    @Test
    void rendersNullAlphaAndQBarWhenTheMethodHasNoMixtureRecord() {
        SelectFramesStreamResponse response = SelectFramesStreamResponse.newBuilder().setResult(
                SelectFramesResponse.newBuilder().addSelectedSeconds(2)).build();

        assertThat(codec.render(IntNode.valueOf(3), response).json()).isEqualTo("{\"id\":3,\"selected_seconds\":[2],"
                + "\"background_seconds\":[],\"anchor_seconds\":[],\"alpha\":null,\"q_bar\":null}");
    }

    @Test
    void rendersAPerItemErrorWithItsCodeName() {
        SelectFramesStreamResponse response = SelectFramesStreamResponse.newBuilder().setError(
                com.google.rpc.Status.newBuilder().setCode(9).setMessage("method audio needs audio_scores")).build();

        LineOutput output = codec.render(TextNode.valueOf("x"), response);

        assertThat(output.ok()).isFalse();
        assertThat(output.json()).isEqualTo("{\"id\":\"x\",\"error\":{\"code\":\"FAILED_PRECONDITION\","
                + "\"message\":\"method audio needs audio_scores\"}}");
    }
}

package dev.ltl.cli.methods;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltl.proto.common.v1.ModelState;
import dev.ltl.proto.common.v1.ModelStatus;
import dev.ltl.proto.eventness.v1.ListMethodsResponse;
import dev.ltl.proto.eventness.v1.MethodInfo;
import dev.ltl.proto.eventness.v1.MethodKind;
import org.junit.jupiter.api.Test;

class MethodsTableTest {

    @Test
    void alignsColumnsAndSpellsOutKindsStatesAndFlags() {
        ListMethodsResponse response = ListMethodsResponse.newBuilder()
                .addMethods(MethodInfo.newBuilder().setName("energy").setKind(MethodKind.METHOD_KIND_DSP)
                        .setReady(true).setDescription("RMS energy"))
                .addMethods(MethodInfo.newBuilder().setName("frame_diff").setKind(MethodKind.METHOD_KIND_VISUAL)
                        .setReady(true).setNeedsFrames(true).setDescription("frame differences"))
                .addMethods(MethodInfo.newBuilder().setName("audioset").setKind(MethodKind.METHOD_KIND_ONNX)
                        .addModels(ModelStatus.newBuilder().setName("panns").setVersion("2")
                                .setState(ModelState.MODEL_STATE_NOT_READY)))
                .build();

        assertThat(MethodsTable.render(response)).isEqualTo(String.join("\n",
                "METHOD      KIND    READY  FRAMES  MODELS               DESCRIPTION",
                "energy      dsp     yes    no      -                    RMS energy",
                "frame_diff  visual  yes    yes     -                    frame differences",
                "audioset    onnx    no     no      panns@2 (not ready)",
                ""));
    }

    @Test
    void anEmptyListIsJustTheHeader() {
        assertThat(MethodsTable.render(ListMethodsResponse.getDefaultInstance()))
                .isEqualTo("METHOD  KIND  READY  FRAMES  MODELS  DESCRIPTION\n");
    }
}

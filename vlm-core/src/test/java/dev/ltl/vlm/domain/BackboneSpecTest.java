package dev.ltl.vlm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.common.models.ModelRepository;
import dev.ltl.common.models.ModelSpec;
import dev.ltl.common.models.ModelSpec.TensorSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the backbone contract from model.yaml, including the project's real descriptors. */
class BackboneSpecTest {

    private static BackboneSpec project(String name) throws Exception {
        ModelRepository repository = new ModelRepository(List.of(Path.of("../models")));
        return BackboneSpec.fromModelSpec(repository.resolve(name, "1").spec(), name, "1");
    }

    private static ModelSpec spec(List<TensorSpec> inputs, List<TensorSpec> outputs, Map<String, Object> preprocessing,
                                  Map<String, Object> tokens, String embeddingOutput) {
        return new ModelSpec("m", "1", null, "image-embedding", null, inputs, outputs, null, preprocessing, tokens,
                null, null, null, embeddingOutput, null, null);
    }

    @Test
    void dynamicMobileNetUsesItsPooledFeatures() throws Exception {
        BackboneSpec dyn = project("mobilenetv2-12-int8-dyn");
        assertThat(dyn.inputName()).isEqualTo("input");
        assertThat(dyn.embeddingOutput()).isEqualTo("features");
        assertThat(dyn.embeddingDim()).isEqualTo(1280);
        assertThat(dyn.preprocessing().kind()).isEqualTo(BackboneKind.DYNAMIC_SIZE);
        assertThat(dyn.preprocessing().fedSize(448)).isEqualTo(448);
        assertThat(dyn.preprocessing().mode()).isEqualTo(ResizeMode.NATIVE);
        assertThat(dyn.preprocessing().mean()).containsExactly(0.485f, 0.456f, 0.406f);
        assertThat(dyn.tokens().patchSize()).isEqualTo(16);
        assertThat(dyn.maxBatch()).isEqualTo(32);
        assertThat(dyn.maxQueueDelayUs()).isEqualTo(2000);
    }

    @Test
    void fixedMobileNetIsResizedToItsInput() throws Exception {
        BackboneSpec fixed = project("mobilenetv2-12-int8");
        assertThat(fixed.embeddingOutput()).isEqualTo("output");
        assertThat(fixed.embeddingDim()).isEqualTo(1000);
        assertThat(fixed.preprocessing().kind()).isEqualTo(BackboneKind.FIXED_SIZE);
        assertThat(fixed.preprocessing().inputSize()).isEqualTo(224);
        assertThat(fixed.preprocessing().fedSize(448)).isEqualTo(224);
        assertThat(fixed.preprocessing().mode()).isEqualTo(ResizeMode.RESIZED_TO_INPUT);
    }

    @Test
    void defaultsFirstOutputReferenceTokensAndInputSizeFromShape() {
        BackboneSpec spec = BackboneSpec.fromModelSpec(spec(
                List.of(new TensorSpec("pixel_values", "float32", List.of(-1L, 3L, 256L, 256L))),
                List.of(new TensorSpec("pooled", "float32", List.of(-1L, 768L)),
                        new TensorSpec("last_hidden_state", "float32", List.of(-1L, 257L, 768L))),
                Map.of(), Map.of(), null), "m", "1");
        assertThat(spec.inputName()).isEqualTo("pixel_values");
        assertThat(spec.embeddingOutput()).isEqualTo("pooled");
        assertThat(spec.embeddingDim()).isEqualTo(768);
        assertThat(spec.preprocessing().inputSize()).isEqualTo(256);
        assertThat(spec.tokens()).isEqualTo(TokenRule.REFERENCE);
        assertThat(spec.maxBatch()).isEqualTo(1);
        assertThat(spec.preprocessing().layout()).isEqualTo(TensorLayout.NCHW);
    }

    @Test
    void invalidDescriptorsAreRejectedWithTheKeyAtFault() {
        List<TensorSpec> in = List.of(new TensorSpec("input", "float32", List.of(-1L, 3L, -1L, -1L)));
        List<TensorSpec> out = List.of(new TensorSpec("features", "float32", List.of(-1L, 64L)));
        assertThatThrownBy(() -> BackboneSpec.fromModelSpec(spec(in, out, Map.of("resize", "bilinear"), Map.of(), null),
                "m", "1")).hasMessageContaining("resize");
        assertThatThrownBy(() -> BackboneSpec.fromModelSpec(spec(in, out, Map.of(), Map.of(), null), "m", "1"))
                .hasMessageContaining("input_size");
        assertThatThrownBy(() -> BackboneSpec.fromModelSpec(spec(in, out, Map.of("dynamic_size", true), Map.of(),
                "logits"), "m", "1")).hasMessageContaining("embedding_output 'logits'");
        assertThatThrownBy(() -> BackboneSpec.fromModelSpec(spec(in, out, Map.of("dynamic_size", true),
                Map.of("rule", "fixed"), null), "m", "1")).hasMessageContaining("tokens.rule");
        assertThatThrownBy(() -> BackboneSpec.fromModelSpec(spec(in, out, Map.of("dynamic_size", true,
                "mean", List.of(0.5, 0.5)), Map.of(), null), "m", "1")).hasMessageContaining("mean");
        assertThatThrownBy(() -> BackboneSpec.fromModelSpec(spec(in, out, Map.of("dynamic_size", true,
                "layout", "CHWN"), Map.of(), null), "m", "1")).hasMessageContaining("layout");
    }
}

package dev.ltl.vlm.onnx.qwen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ltl.vlm.domain.answer.PromptFormat;
import dev.ltl.vlm.domain.qwen.QwenVisionConfig;
import org.junit.jupiter.api.Test;

/** model.yaml parsing: defaults, overrides and the errors a typo gets. */
class QwenModelConfigTest {
    private static final String BASE = """
            name: qwen2-vl-2b-instruct
            version: "1"
            runtime: onnx-qwen-vl
            device: cuda
            vlm:
              hidden_size: 1536
              num_layers: 28
              num_kv_heads: 2
              head_dim: 128
              vocab_size: 151936
              vision: {patch_size: 14, merge_size: 2, min_pixels: 3136, max_pixels: 1003520,
                       mean: [0.48145466, 0.4578275, 0.40821073], std: [0.26862954, 0.26130258, 0.27577711]}
            """;

    @Test
    void fillsTheOnnxCommunityDefaults() {
        QwenModelConfig config = QwenModelConfig.parse(yaml(BASE));
        assertThat(config.modelId()).isEqualTo("qwen2-vl-2b-instruct@1");
        assertThat(config.device()).isEqualTo("cuda");
        assertThat(config.visionEncoderFile()).isEqualTo("vision_encoder.onnx");
        assertThat(config.decoderFile()).isEqualTo("decoder_model_merged.onnx");
        assertThat(config.tensors()).isEqualTo(QwenTensorNames.DEFAULT);
        assertThat(config.tensors().pastKey(3)).isEqualTo("past_key_values.3.key");
        assertThat(config.tensors().presentValue(0)).isEqualTo("present.0.value");
        assertThat(config.specialTokens()).isEqualTo(QwenSpecialTokens.QWEN);
        assertThat(config.defaultFormat()).isEqualTo(PromptFormat.CHAT_TEMPLATE);
        assertThat(config.vision()).isEqualTo(QwenVisionConfig.qwen2vl().withPixelBounds(3136, 1_003_520));
        assertThat(config.decoder()).isEqualTo(new QwenDecoderShape(1536, 28, 2, 128, 151_936));
    }

    @Test
    void letterPrefixAutoIsBareAfterTheChatTemplateAndSpacedAfterARawPrompt() {
        QwenModelConfig auto = QwenModelConfig.parse(yaml(BASE));
        assertThat(auto.letterPrefixFor(PromptFormat.CHAT_TEMPLATE)).isEmpty();
        assertThat(auto.letterPrefixFor(PromptFormat.RAW)).isEqualTo(" ");
        QwenModelConfig pinned = QwenModelConfig.parse(yaml(BASE + "  letter_prefix: \" \"\n"));
        assertThat(pinned.letterPrefixFor(PromptFormat.CHAT_TEMPLATE)).isEqualTo(" ");
    }

    @Test
    void takesOtherGraphFilesAndTensorNames() {
        QwenModelConfig config = QwenModelConfig.parse(yaml(BASE + """
                  decoder: onnx/decoder_model_merged_q4.onnx
                  prompt_format: raw
                  tensors: {grid_thw: image_grid_thw, present_key: "present_key_values.%d.key"}
                  special_tokens: {stop: ["<|im_end|>"]}
                """));
        assertThat(config.decoderFile()).isEqualTo("onnx/decoder_model_merged_q4.onnx");
        assertThat(config.defaultFormat()).isEqualTo(PromptFormat.RAW);
        assertThat(config.tensors().gridThw()).isEqualTo("image_grid_thw");
        assertThat(config.tensors().presentKey(2)).isEqualTo("present_key_values.2.key");
        assertThat(config.tensors().pixelValues()).isEqualTo("pixel_values");
        assertThat(config.specialTokens().stop()).containsExactly("<|im_end|>");
    }

    @Test
    void rejectsTyposAndOtherRuntimes() {
        assertThatThrownBy(() -> QwenModelConfig.parse(yaml(BASE + "  num_layer: 28\n")))
                .hasMessageContaining("unknown key 'num_layer' in vlm");
        assertThatThrownBy(() -> QwenModelConfig.parse(yaml(BASE.replace("runtime: onnx-qwen-vl", "runtime: openai-http"))))
                .hasMessageContaining("runtime must be 'onnx-qwen-vl'");
        assertThatThrownBy(() -> QwenModelConfig.parse(yaml(BASE.replace("  head_dim: 128\n", ""))))
                .hasMessageContaining("head_dim");
        assertThatThrownBy(() -> QwenModelConfig.parse(yaml(BASE + "  prompt_format: chat\n")))
                .hasMessageContaining("prompt_format");
    }

    private static JsonNode yaml(String text) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}

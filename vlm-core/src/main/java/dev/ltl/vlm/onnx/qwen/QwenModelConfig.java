package dev.ltl.vlm.onnx.qwen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ltl.vlm.domain.answer.PromptFormat;
import dev.ltl.vlm.domain.qwen.QwenVisionConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * What {@link QwenOnnxVlm} reads from a model directory's {@code model.yaml}: the usual top-level keys of
 * common's ModelSpec ({@code name}, {@code version}, {@code device}, ...) plus {@code runtime: onnx-qwen-vl}
 * and a {@code vlm:} block:
 *
 * <pre>
 * vlm:
 *   vision_encoder: vision_encoder.onnx      # graph files, relative to the model directory
 *   embed_tokens: embed_tokens.onnx
 *   decoder: decoder_model_merged.onnx
 *   tokenizer: tokenizer.json
 *   hidden_size: 1536                        # decoder sizes
 *   num_layers: 28
 *   num_kv_heads: 2
 *   head_dim: 128
 *   vocab_size: 151936
 *   max_images: 32                           # more images per question → InvalidQueryException
 *   max_sequence_length: 32768               # longer expanded prompts → InvalidQueryException
 *   prompt_format: chat_template             # default for PromptFormat.DEFAULT: chat_template | raw
 *   letter_prefix: auto                      # auto | "" | " " (see {@link #letterPrefixFor})
 *   special_tokens: {image_pad: "&lt;|image_pad|&gt;", vision_start: ..., vision_end: ..., stop: [...]}
 *   vision: {patch_size: 14, merge_size: 2, temporal_patch_size: 2, min_pixels: 3136, max_pixels: 1003520,
 *            mean: [...], std: [...]}
 *   tensors: {pixel_values: ..., past_key: "past_key_values.%d.key", ...}   # optional overrides
 * </pre>
 *
 * Unknown keys inside {@code vlm} are rejected so a typo fails at load time.
 *
 * @param letterPrefix null = auto
 */
public record QwenModelConfig(String name, String version, String device, String visionEncoderFile,
                              String embedTokensFile, String decoderFile, String tokenizerFile,
                              QwenDecoderShape decoder, QwenVisionConfig vision, QwenSpecialTokens specialTokens,
                              QwenTensorNames tensors, PromptFormat defaultFormat, String letterPrefix,
                              int maxImages, int maxSequenceLength) {
    /** The {@code runtime} value this runner serves. */
    public static final String RUNTIME = "onnx-qwen-vl";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> VLM_KEYS = Set.of("vision_encoder", "embed_tokens", "decoder", "tokenizer",
            "hidden_size", "num_layers", "num_kv_heads", "head_dim", "vocab_size", "max_images", "max_sequence_length",
            "prompt_format", "letter_prefix", "special_tokens", "vision", "tensors");

    public QwenModelConfig {
        if (defaultFormat == PromptFormat.DEFAULT) {
            throw new IllegalArgumentException("the model's default prompt format must be chat_template or raw");
        }
        if (maxImages < 0 || maxSequenceLength <= 0) {
            throw new IllegalArgumentException("max_images must be ≥ 0 and max_sequence_length > 0");
        }
    }

    /** "name@version". */
    public String modelId() {
        return name + "@" + version;
    }

    /**
     * The text put before an option letter when its token is looked up, for a prompt of this format.
     * [AMBIG] The QA spec appends "the letter token" after the generation prompt. Under the chat template the
     * prompt ends with "assistant\n", after which a tokenizer produces the bare letter "A"; a raw prompt ends
     * with "Answer (single letter):", after which the natural continuation is " A" (space-prefixed, which is
     * also the reference's letter-forcing choice, vovnet §1.7). {@code auto} picks that way; model.yaml may
     * pin "" or " " instead.
     */
    public String letterPrefixFor(PromptFormat format) {
        if (letterPrefix != null) {
            return letterPrefix;
        }
        return format == PromptFormat.RAW ? " " : "";
    }

    /** Reads and validates {@code model.yaml}. */
    public static QwenModelConfig read(Path modelYaml) {
        JsonNode root;
        try {
            root = YAML.readTree(modelYaml.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + modelYaml + ": " + e.getMessage(), e);
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(modelYaml + ": " + e.getMessage(), e);
        }
    }

    static QwenModelConfig parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("model.yaml is not a mapping");
        }
        String runtime = root.path("runtime").asText("");
        if (!RUNTIME.equals(runtime)) {
            throw new IllegalArgumentException("runtime must be '" + RUNTIME + "', got '" + runtime + "'");
        }
        JsonNode vlm = root.path("vlm");
        if (!vlm.isObject()) {
            throw new IllegalArgumentException("missing 'vlm' block");
        }
        rejectUnknown(vlm, VLM_KEYS, "vlm");
        QwenDecoderShape decoder = new QwenDecoderShape(requiredInt(vlm, "hidden_size"), requiredInt(vlm, "num_layers"),
                requiredInt(vlm, "num_kv_heads"), requiredInt(vlm, "head_dim"), requiredInt(vlm, "vocab_size"));
        String letterPrefix = vlm.path("letter_prefix").asText("auto");
        return new QwenModelConfig(requiredText(root, "name"), root.path("version").asText("1"),
                root.path("device").asText("cpu"),
                vlm.path("vision_encoder").asText("vision_encoder.onnx"),
                vlm.path("embed_tokens").asText("embed_tokens.onnx"),
                vlm.path("decoder").asText("decoder_model_merged.onnx"),
                vlm.path("tokenizer").asText("tokenizer.json"),
                decoder, vision(vlm.path("vision")), specialTokens(vlm.path("special_tokens")),
                tensors(vlm.path("tensors")), promptFormat(vlm.path("prompt_format").asText("chat_template")),
                "auto".equals(letterPrefix) ? null : letterPrefix,
                vlm.path("max_images").asInt(32), vlm.path("max_sequence_length").asInt(32_768));
    }

    private static QwenVisionConfig vision(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("missing 'vlm.vision' block");
        }
        rejectUnknown(node, Set.of("patch_size", "merge_size", "temporal_patch_size", "min_pixels", "max_pixels",
                "mean", "std"), "vlm.vision");
        return new QwenVisionConfig(requiredInt(node, "patch_size"), requiredInt(node, "merge_size"),
                node.path("temporal_patch_size").asInt(2), requiredLong(node, "min_pixels"),
                requiredLong(node, "max_pixels"), floats(node, "mean"), floats(node, "std"));
    }

    private static QwenSpecialTokens specialTokens(JsonNode node) {
        QwenSpecialTokens d = QwenSpecialTokens.QWEN;
        if (node.isMissingNode()) {
            return d;
        }
        rejectUnknown(node, Set.of("image_pad", "vision_start", "vision_end", "stop"), "vlm.special_tokens");
        List<String> stop = d.stop();
        if (node.has("stop")) {
            stop = new ArrayList<>();
            for (JsonNode s : node.get("stop")) {
                stop.add(s.asText());
            }
        }
        return new QwenSpecialTokens(node.path("image_pad").asText(d.imagePad()),
                node.path("vision_start").asText(d.visionStart()), node.path("vision_end").asText(d.visionEnd()), stop);
    }

    private static QwenTensorNames tensors(JsonNode node) {
        QwenTensorNames d = QwenTensorNames.DEFAULT;
        if (node.isMissingNode()) {
            return d;
        }
        rejectUnknown(node, Set.of("pixel_values", "grid_thw", "image_features", "input_ids", "token_embeddings",
                "inputs_embeds", "attention_mask", "position_ids", "logits", "past_key", "past_value", "present_key",
                "present_value"), "vlm.tensors");
        return new QwenTensorNames(node.path("pixel_values").asText(d.pixelValues()),
                node.path("grid_thw").asText(d.gridThw()), node.path("image_features").asText(d.imageFeatures()),
                node.path("input_ids").asText(d.inputIds()), node.path("token_embeddings").asText(d.tokenEmbeddings()),
                node.path("inputs_embeds").asText(d.inputsEmbeds()), node.path("attention_mask").asText(d.attentionMask()),
                node.path("position_ids").asText(d.positionIds()), node.path("logits").asText(d.logits()),
                node.path("past_key").asText(d.pastKey()), node.path("past_value").asText(d.pastValue()),
                node.path("present_key").asText(d.presentKey()), node.path("present_value").asText(d.presentValue()));
    }

    private static PromptFormat promptFormat(String text) {
        return switch (text) {
            case "chat_template" -> PromptFormat.CHAT_TEMPLATE;
            case "raw" -> PromptFormat.RAW;
            default -> throw new IllegalArgumentException("vlm.prompt_format must be chat_template or raw, got '" + text + "'");
        };
    }

    private static void rejectUnknown(JsonNode node, Set<String> known, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "' in " + where + " (known: " + known + ")");
            }
        }
    }

    private static String requiredText(JsonNode node, String key) {
        if (!node.hasNonNull(key) || node.get(key).asText().isBlank()) {
            throw new IllegalArgumentException("missing '" + key + "'");
        }
        return node.get(key).asText();
    }

    private static int requiredInt(JsonNode node, String key) {
        if (!node.path(key).canConvertToInt()) {
            throw new IllegalArgumentException("missing integer '" + key + "'");
        }
        return node.get(key).asInt();
    }

    private static long requiredLong(JsonNode node, String key) {
        if (!node.path(key).canConvertToLong()) {
            throw new IllegalArgumentException("missing integer '" + key + "'");
        }
        return node.get(key).asLong();
    }

    private static float[] floats(JsonNode node, String key) {
        JsonNode array = node.path(key);
        if (!array.isArray()) {
            throw new IllegalArgumentException("missing list '" + key + "'");
        }
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) array.get(i).asDouble();
        }
        return values;
    }
}

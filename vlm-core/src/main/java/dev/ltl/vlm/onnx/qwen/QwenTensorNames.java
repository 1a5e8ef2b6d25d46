package dev.ltl.vlm.onnx.qwen;

/**
 * Input/output tensor names of the three Qwen-VL graphs. The defaults are those of the onnx-community
 * Qwen2-VL exports (transformers.js layout); model.yaml may override any of them under {@code vlm.tensors}.
 * The per-layer cache names are {@link String#format} patterns with one {@code %d} for the layer.
 */
public record QwenTensorNames(String pixelValues, String gridThw, String imageFeatures,
                              String inputIds, String tokenEmbeddings,
                              String inputsEmbeds, String attentionMask, String positionIds, String logits,
                              String pastKey, String pastValue, String presentKey, String presentValue) {

    /** The onnx-community Qwen2-VL names. */
    public static final QwenTensorNames DEFAULT = new QwenTensorNames("pixel_values", "grid_thw", "image_features",
            "input_ids", "inputs_embeds",
            "inputs_embeds", "attention_mask", "position_ids", "logits",
            "past_key_values.%d.key", "past_key_values.%d.value", "present.%d.key", "present.%d.value");

    public String pastKey(int layer) {
        return String.format(pastKey, layer);
    }

    public String pastValue(int layer) {
        return String.format(pastValue, layer);
    }

    public String presentKey(int layer) {
        return String.format(presentKey, layer);
    }

    public String presentValue(int layer) {
        return String.format(presentValue, layer);
    }
}

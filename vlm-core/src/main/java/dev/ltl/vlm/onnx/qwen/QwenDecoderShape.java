package dev.ltl.vlm.onnx.qwen;

/**
 * The decoder sizes the runner needs to build empty caches and check outputs.
 *
 * @param hiddenSize  width of inputs_embeds and of the vision features
 * @param layers      decoder layers (one past/present key and value pair each)
 * @param kvHeads     key/value heads (fewer than query heads under grouped-query attention)
 * @param headDim     per-head width
 * @param vocabSize   logits width
 */
public record QwenDecoderShape(int hiddenSize, int layers, int kvHeads, int headDim, int vocabSize) {
    public QwenDecoderShape {
        if (hiddenSize <= 0 || layers <= 0 || kvHeads <= 0 || headDim <= 0 || vocabSize <= 0) {
            throw new IllegalArgumentException("decoder sizes must be positive: " + hiddenSize + ", " + layers
                    + ", " + kvHeads + ", " + headDim + ", " + vocabSize);
        }
    }
}

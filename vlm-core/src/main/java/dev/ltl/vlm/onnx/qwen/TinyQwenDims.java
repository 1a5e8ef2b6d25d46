package dev.ltl.vlm.onnx.qwen;

/**
 * Sizes of the tiny generated Qwen-VL stand-in (see {@link TinyQwenVlExporter}).
 *
 * @param hidden    text hidden size (also the vision encoder's output width)
 * @param layers    decoder layers
 * @param heads     attention heads; the tiny model uses as many KV heads (no grouped-query sharing)
 * @param headDim   per-head width; heads × headDim = hidden
 * @param mlp       MLP inner width
 * @param vocab     vocabulary size (the tiny tokenizer's)
 * @param patchDim  flattened patch width: 3 × temporal patch × patch²
 * @param mergeSize spatial merge: merge² patches become one vision token
 */
public record TinyQwenDims(int hidden, int layers, int heads, int headDim, int mlp, int vocab, int patchDim,
                           int mergeSize) {
    public TinyQwenDims {
        if (heads * headDim != hidden) {
            throw new IllegalArgumentException("heads × headDim must equal hidden: " + heads + "×" + headDim + " ≠ " + hidden);
        }
    }

    /** Patches merged into one vision token. */
    public int mergeGroup() {
        return mergeSize * mergeSize;
    }
}

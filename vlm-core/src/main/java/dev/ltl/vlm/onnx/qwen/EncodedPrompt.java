package dev.ltl.vlm.onnx.qwen;

/**
 * A prompt ready for the decoder.
 *
 * @param ids        token ids after image-pad expansion
 * @param positions  [3][ids.length] M-RoPE position ids
 * @param ropeDelta  offset that turns a later sequence index into its position (decode steps)
 */
record EncodedPrompt(int[] ids, long[][] positions, long ropeDelta) {
    int length() {
        return ids.length;
    }
}

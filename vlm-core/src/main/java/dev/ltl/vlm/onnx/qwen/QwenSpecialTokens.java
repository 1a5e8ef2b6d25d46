package dev.ltl.vlm.onnx.qwen;

import java.util.List;

/**
 * The special tokens the runner looks up in the tokenizer, by their text (Qwen's names by default).
 *
 * @param imagePad    placeholder repeated once per vision token
 * @param visionStart opens an image block (M-RoPE anchors image positions on it)
 * @param visionEnd   closes an image block
 * @param stop        generation stops at the first of these
 */
public record QwenSpecialTokens(String imagePad, String visionStart, String visionEnd, List<String> stop) {
    /** Qwen2-VL / Qwen2.5-VL / Qwen3-VL token texts. */
    public static final QwenSpecialTokens QWEN = new QwenSpecialTokens("<|image_pad|>", "<|vision_start|>",
            "<|vision_end|>", List.of("<|im_end|>", "<|endoftext|>"));

    public QwenSpecialTokens {
        stop = List.copyOf(stop);
    }
}

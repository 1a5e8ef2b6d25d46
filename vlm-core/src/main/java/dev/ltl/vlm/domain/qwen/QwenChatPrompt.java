package dev.ltl.vlm.domain.qwen;

import dev.ltl.vlm.domain.answer.PromptFormat;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a QA text and its images into the string a Qwen-VL tokenizer encodes, and expands each single
 * {@code <|image_pad|>} into as many pads as the image has vision tokens (what Qwen2VLProcessor does after
 * the chat template).
 */
public final class QwenChatPrompt {

    public static final String IM_START = "<|im_start|>";
    public static final String IM_END = "<|im_end|>";
    public static final String END_OF_TEXT = "<|endoftext|>";
    public static final String VISION_START = "<|vision_start|>";
    public static final String VISION_END = "<|vision_end|>";
    public static final String IMAGE_PAD = "<|image_pad|>";
    /** One image placeholder before expansion. */
    public static final String IMAGE_BLOCK = VISION_START + IMAGE_PAD + VISION_END;

    static final String SYSTEM_TURN = IM_START + "system\nYou are a helpful assistant." + IM_END + "\n";

    private QwenChatPrompt() {
    }

    /**
     * The full prompt for one user turn: images first (in order), then the text.
     *
     * <p>CHAT_TEMPLATE reproduces Qwen2-VL's chat template with the default system turn and the generation
     * prompt ({@code add_generation_prompt=True}, no "Picture k:" labels). RAW is the image blocks followed
     * directly by the text. [AMBIG] DEFAULT is resolved here as CHAT_TEMPLATE: the served models are
     * instruction-tuned Qwen-VL checkpoints and the reference QA runs prompt them through their processor's
     * chat template.
     */
    public static String build(int numImages, String text, PromptFormat format) {
        if (numImages < 0) {
            throw new IllegalArgumentException("numImages must be >= 0, got " + numImages);
        }
        String images = IMAGE_BLOCK.repeat(numImages);
        if (format == PromptFormat.RAW) {
            return images + text;
        }
        return SYSTEM_TURN + IM_START + "user\n" + images + text + IM_END + "\n" + IM_START + "assistant\n";
    }

    /**
     * Replaces the k-th {@code imagePadId} in {@code ids} by {@code tokensPerImage[k]} copies of it.
     *
     * @throws IllegalArgumentException when the number of pads differs from the number of images, or a count is < 1
     */
    public static List<Integer> expandImagePads(List<Integer> ids, int imagePadId, long[] tokensPerImage) {
        long pads = ids.stream().filter(id -> id == imagePadId).count();
        if (pads != tokensPerImage.length) {
            throw new IllegalArgumentException("prompt has " + pads + " image pads but " + tokensPerImage.length
                    + " images were given");
        }
        long extra = 0;
        for (long n : tokensPerImage) {
            if (n < 1) {
                throw new IllegalArgumentException("an image must cost at least one token, got " + n);
            }
            extra += n - 1;
        }
        List<Integer> expanded = new ArrayList<>(Math.toIntExact(ids.size() + extra));
        int image = 0;
        for (int id : ids) {
            if (id == imagePadId) {
                for (long i = 0; i < tokensPerImage[image]; i++) {
                    expanded.add(id);
                }
                image++;
            } else {
                expanded.add(id);
            }
        }
        return expanded;
    }
}

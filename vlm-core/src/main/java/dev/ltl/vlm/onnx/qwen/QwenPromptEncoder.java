package dev.ltl.vlm.onnx.qwen;

import dev.ltl.vlm.domain.answer.PromptFormat;
import dev.ltl.vlm.domain.qwen.MropePositions;
import dev.ltl.vlm.domain.qwen.PatchedImage;
import dev.ltl.vlm.domain.qwen.QaPrompt;
import dev.ltl.vlm.domain.qwen.QwenChatPrompt;
import dev.ltl.vlm.domain.qwen.TextTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a question and its processed images into decoder input ids and M-RoPE positions: the QA text
 * ({@link QaPrompt}), wrapped by {@link QwenChatPrompt} (chat template or raw), tokenised, each image's single
 * pad expanded to its vision-token count. Also spells the option letters as the model sees them.
 */
final class QwenPromptEncoder {
    private final TextTokenizer tokenizer;
    private final QwenModelConfig config;
    private final int imagePadId;
    private final int visionStartId;
    private final int[] stopIds;
    /** Letter text ("A", " A", ...) → its ids: every likelihood answer asks for the same few. */
    private final Map<String, int[]> letterIds = new ConcurrentHashMap<>();

    /** @throws IllegalArgumentException when the tokenizer lacks one of the configured special tokens */
    QwenPromptEncoder(TextTokenizer tokenizer, QwenModelConfig config) {
        this.tokenizer = tokenizer;
        this.config = config;
        QwenSpecialTokens special = config.specialTokens();
        this.imagePadId = requireToken(special.imagePad());
        this.visionStartId = requireToken(special.visionStart());
        requireToken(special.visionEnd());
        this.stopIds = special.stop().stream().mapToInt(this::requireToken).toArray();
    }

    int imagePadId() {
        return imagePadId;
    }

    boolean isStop(int id) {
        return Arrays.stream(stopIds).anyMatch(s -> s == id);
    }

    /** Ids and positions of the prompt for {@code question}/{@code options} with these images (in order). */
    EncodedPrompt encode(String question, List<String> options, String instruction, PromptFormat format,
                         List<PatchedImage> images) {
        String text = QwenChatPrompt.build(images.size(), QaPrompt.build(question, options, instruction), format);
        List<Integer> ids = new ArrayList<>();
        for (int id : tokenizer.encode(text)) {
            ids.add(id);
        }
        long[] tokensPerImage = images.stream().mapToLong(PatchedImage::visionTokens).toArray();
        int[] expanded = QwenChatPrompt.expandImagePads(ids, imagePadId, tokensPerImage).stream()
                .mapToInt(Integer::intValue).toArray();
        return withPositions(expanded, images);
    }

    /**
     * The same prompt with text {@code tokens} appended. Text after the prompt continues the M-RoPE positions
     * one per token on all three axes (the decode-step rule), so only the new positions are computed.
     */
    EncodedPrompt append(EncodedPrompt prompt, int[] tokens) {
        int length = prompt.length() + tokens.length;
        int[] ids = Arrays.copyOf(prompt.ids(), length);
        System.arraycopy(tokens, 0, ids, prompt.length(), tokens.length);
        long[][] positions = new long[3][];
        for (int axis = 0; axis < 3; axis++) {
            positions[axis] = Arrays.copyOf(prompt.positions()[axis], length);
            for (int i = prompt.length(); i < length; i++) {
                positions[axis][i] = MropePositions.decodePosition(i, prompt.ropeDelta());
            }
        }
        return new EncodedPrompt(ids, positions, prompt.ropeDelta());
    }

    /** Token ids of option {@code index}'s letter as it follows a prompt of this format (tokenized once). */
    int[] letterTokens(int index, PromptFormat format) {
        String letter = config.letterPrefixFor(format) + (char) ('A' + index);
        return letterIds.computeIfAbsent(letter, text -> {
            int[] ids = tokenizer.encode(text);
            if (ids.length == 0) {
                throw new IllegalStateException("the tokenizer encodes option letter '" + text + "' to no tokens");
            }
            return ids;
        }).clone();
    }

    /** Text of generated ids. */
    String decode(int[] ids) {
        return tokenizer.decode(ids);
    }

    private EncodedPrompt withPositions(int[] ids, List<PatchedImage> images) {
        List<int[]> grids = images.stream().map(PatchedImage::gridThw).toList();
        long[][] positions = MropePositions.compute(ids, grids, imagePadId, visionStartId, config.vision().mergeSize());
        return new EncodedPrompt(ids, positions, MropePositions.ropeDelta(positions));
    }

    private int requireToken(String token) {
        int id = tokenizer.tokenId(token);
        if (id < 0) {
            throw new IllegalArgumentException("the tokenizer has no token '" + token + "' (model.yaml vlm.special_tokens)");
        }
        return id;
    }
}

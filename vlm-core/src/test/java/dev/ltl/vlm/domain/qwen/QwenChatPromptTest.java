package dev.ltl.vlm.domain.qwen;

import dev.ltl.vlm.domain.answer.PromptFormat;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QwenChatPromptTest {

    @Test
    void chatTemplateMatchesQwen2VlForOneUserTurnWithTwoImages() {
        assertThat(QwenChatPrompt.build(2, "Q", PromptFormat.CHAT_TEMPLATE)).isEqualTo(
                "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n"
                        + "<|im_start|>user\n"
                        + "<|vision_start|><|image_pad|><|vision_end|><|vision_start|><|image_pad|><|vision_end|>"
                        + "Q<|im_end|>\n"
                        + "<|im_start|>assistant\n");
    }

    @Test
    void chatTemplateWithoutImages() {
        assertThat(QwenChatPrompt.build(0, "Q", PromptFormat.CHAT_TEMPLATE)).isEqualTo(
                "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\nQ<|im_end|>\n"
                        + "<|im_start|>assistant\n");
    }

    @Test
    void rawIsImageBlocksThenText() {
        assertThat(QwenChatPrompt.build(1, "Q", PromptFormat.RAW))
                .isEqualTo("<|vision_start|><|image_pad|><|vision_end|>Q");
        assertThat(QwenChatPrompt.build(0, "Q", PromptFormat.RAW)).isEqualTo("Q");
    }

    @Test
    void defaultMeansChatTemplate() {
        assertThat(QwenChatPrompt.build(1, "Q", PromptFormat.DEFAULT))
                .isEqualTo(QwenChatPrompt.build(1, "Q", PromptFormat.CHAT_TEMPLATE));
    }

    @Test
    void expandsEachPadByItsImagesTokenCount() {
        List<Integer> ids = List.of(1, 7, 9, 8, 2, 7, 9, 8, 3);

        assertThat(QwenChatPrompt.expandImagePads(ids, 9, new long[] {3, 1}))
                .containsExactly(1, 7, 9, 9, 9, 8, 2, 7, 9, 8, 3);
        assertThat(QwenChatPrompt.expandImagePads(List.of(1, 2), 9, new long[0])).containsExactly(1, 2);
    }

    @Test
    void expansionRejectsMismatchedCounts() {
        List<Integer> ids = List.of(7, 9, 8);
        assertThatThrownBy(() -> QwenChatPrompt.expandImagePads(ids, 9, new long[] {2, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 image pads but 2 images");
        assertThatThrownBy(() -> QwenChatPrompt.expandImagePads(ids, 9, new long[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QwenChatPrompt.expandImagePads(ids, 9, new long[] {0}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

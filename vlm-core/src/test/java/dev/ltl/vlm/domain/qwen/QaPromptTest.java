package dev.ltl.vlm.domain.qwen;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QaPromptTest {

    @Test
    void buildsTheReferencePromptExactly() {
        String prompt = QaPrompt.build("What did the man do first?", List.of("sat down", "ran", "cooked"));

        assertThat(prompt).isEqualTo("You are given a sequence of video frames (in chronological order). "
                + "Answer the multiple-choice question by outputting a single letter only.\n"
                + "\n"
                + "Question: What did the man do first?\n"
                + "\n"
                + "Options:\n"
                + "A. sat down\n"
                + "B. ran\n"
                + "C. cooked\n"
                + "\n"
                + "Answer (single letter):");
    }

    @Test
    void instructionOverrideReplacesOnlyTheFirstLine() {
        String prompt = QaPrompt.build("Q?", List.of("x", "y"), "Look carefully.");

        assertThat(prompt).isEqualTo("Look carefully.\n\nQuestion: Q?\n\nOptions:\nA. x\nB. y\n\nAnswer (single letter):");
        assertThat(QaPrompt.build("Q?", List.of("x"), "  ")).startsWith(QaPrompt.DEFAULT_INSTRUCTION + "\n\n");
    }

    @Test
    void openQuestionLeavesTheOptionsBlockOut() {
        assertThat(QaPrompt.build("What sound is heard?", List.of()))
                .isEqualTo(QaPrompt.DEFAULT_INSTRUCTION + "\n\nQuestion: What sound is heard?\n\nAnswer (single letter):");
    }

    @Test
    void lettersRunToZ() {
        List<String> options = java.util.stream.IntStream.range(0, 26).mapToObj(i -> "o" + i).toList();
        assertThat(QaPrompt.build("Q?", options)).contains("\nZ. o25\n\nAnswer");
        List<String> tooMany = java.util.stream.IntStream.range(0, 27).mapToObj(i -> "o" + i).toList();
        assertThatThrownBy(() -> QaPrompt.build("Q?", tooMany)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QaPrompt.build(" ", List.of("a"))).isInstanceOf(IllegalArgumentException.class);
    }
}

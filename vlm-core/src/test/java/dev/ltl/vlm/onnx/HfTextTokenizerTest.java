package dev.ltl.vlm.onnx;

import dev.ltl.vlm.domain.answer.PromptFormat;
import dev.ltl.vlm.domain.qwen.QaPrompt;
import dev.ltl.vlm.domain.qwen.QwenChatPrompt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tiny tokenizer.json loaded through DJL's Hugging Face tokenizers, offline. */
class HfTextTokenizerTest {

    @TempDir
    static Path dir;

    private static HfTextTokenizer tokenizer;

    @BeforeAll
    static void load() {
        tokenizer = HfTextTokenizer.load(TinyTokenizerJson.write(dir));
    }

    @AfterAll
    static void close() {
        tokenizer.close();
    }

    @Test
    void qaChatPromptRoundTrips() {
        String prompt = QwenChatPrompt.build(2, QaPrompt.build("What is heard at 0:42?", List.of("a dog", "rain ☔")),
                PromptFormat.CHAT_TEMPLATE);

        int[] ids = tokenizer.encode(prompt);

        assertThat(tokenizer.decode(ids)).isEqualTo(prompt);
        assertThat(Arrays.stream(ids).min().orElseThrow()).isGreaterThanOrEqualTo(0);
        assertThat(Arrays.stream(ids).max().orElseThrow()).isLessThan(TinyTokenizerJson.vocabSize());
    }

    @Test
    void specialTokensAreSingleIdsAtTheEndOfTheVocabulary() {
        int first = TinyTokenizerJson.vocabSize() - TinyTokenizerJson.SPECIAL_TOKENS.size();
        for (int i = 0; i < TinyTokenizerJson.SPECIAL_TOKENS.size(); i++) {
            String token = TinyTokenizerJson.SPECIAL_TOKENS.get(i);
            assertThat(tokenizer.encode(token)).as(token).containsExactly(first + i);
            assertThat(tokenizer.tokenId(token)).isEqualTo(first + i);
            assertThat(TinyTokenizerJson.specialTokenId(token)).isEqualTo(first + i);
        }
        int pad = tokenizer.tokenId("<|image_pad|>");
        int start = tokenizer.tokenId("<|vision_start|>");
        int end = tokenizer.tokenId("<|vision_end|>");
        assertThat(tokenizer.encode("x" + QwenChatPrompt.IMAGE_BLOCK + "y"))
                .containsExactly(tokenizer.tokenId("x"), start, pad, end, tokenizer.tokenId("y"));
    }

    @Test
    void lettersWithAndWithoutLeadingSpaceAreSingleTokens() {
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            int[] bare = tokenizer.encode(String.valueOf(letter));
            int[] spaced = tokenizer.encode(" " + letter);
            assertThat(bare).as("%s", letter).hasSize(1);
            assertThat(spaced).as("' %s'", letter).hasSize(1);
            assertThat(spaced[0]).isNotEqualTo(bare[0]);
            assertThat(tokenizer.tokenId("Ġ" + letter)).isEqualTo(spaced[0]);
            assertThat(tokenizer.decode(spaced)).isEqualTo(" " + letter);
        }
        // After the answer cue, " B" is one token, as the letter-likelihood strategy expects.
        int[] cue = tokenizer.encode("Answer (single letter):");
        int[] withLetter = tokenizer.encode("Answer (single letter): B");
        assertThat(withLetter).hasSize(cue.length + 1);
        assertThat(Arrays.copyOf(withLetter, cue.length)).containsExactly(cue);
    }

    @Test
    void longTextIsNotTruncated() {
        String text = "word ".repeat(2_000);
        assertThat(tokenizer.encode(text)).hasSizeGreaterThan(2_000);
        assertThat(tokenizer.decode(tokenizer.encode(text))).isEqualTo(text);
    }

    @Test
    void unknownTokenIdIsMinusOne() {
        assertThat(tokenizer.tokenId("<|not_a_token|>")).isEqualTo(-1);
        assertThat(tokenizer.tokenId("A")).isEqualTo('A');
    }

    @Test
    void vocabularySizeCountsBytesMergesAndSpecials() {
        assertThat(TinyTokenizerJson.vocabSize()).isEqualTo(256 + 26 + 26 + 1 + 6);
    }
}

package dev.ltl.vlm.domain.qwen;

/**
 * A model's text tokenizer as the Qwen-VL runner needs it. Special tokens written in the text (such as
 * {@code <|image_pad|>}) encode as their single ids; no BOS/EOS is added.
 */
public interface TextTokenizer {

    /** Token ids of {@code text}, without added special tokens. */
    int[] encode(String text);

    /** Text of {@code ids}, special tokens kept, so that {@code decode(encode(s))} gives back {@code s}. */
    String decode(int[] ids);

    /** Id of the vocabulary entry or added token spelled exactly {@code token}; -1 when absent. */
    int tokenId(String token);
}

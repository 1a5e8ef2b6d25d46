package dev.ltl.vlm.onnx;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a small byte-level BPE {@code tokenizer.json} in the Hugging Face tokenizers format, shaped like
 * Qwen's (byte-level pre-tokenizer and decoder, BPE model, Qwen's special tokens as added tokens), for the
 * tiny generated test VLM.
 *
 * <p>Ids: 0–255 are the 256 single bytes (so any UTF-8 text encodes and round-trips), then the merges
 * "Ġ" + letter (space-prefixed letters " A".." Z", " a".." z") and "ĊĊ" (blank line), then the special tokens
 * in Qwen's order. Letters with and without a leading space are single tokens, as in Qwen's vocabulary.
 */
public final class TinyTokenizerJson {

    /** Qwen special tokens, in Qwen's id order; they get the last ids of the vocabulary. */
    public static final List<String> SPECIAL_TOKENS = List.of("<|endoftext|>", "<|im_start|>", "<|im_end|>",
            "<|vision_start|>", "<|vision_end|>", "<|image_pad|>");

    private static final int BYTE_TOKENS = 256;

    private TinyTokenizerJson() {
    }

    /** Writes {@code dir/tokenizer.json} (creating {@code dir}) and returns its path. */
    public static Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("tokenizer.json");
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), document());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write tokenizer.json to " + dir, e);
        }
    }

    /** Number of ids: byte tokens + merges + special tokens. */
    public static int vocabSize() {
        return BYTE_TOKENS + merges().size() + SPECIAL_TOKENS.size();
    }

    /** Id of a special token of {@link #SPECIAL_TOKENS}. */
    public static int specialTokenId(String token) {
        int index = SPECIAL_TOKENS.indexOf(token);
        if (index < 0) {
            throw new IllegalArgumentException("not a special token: " + token);
        }
        return BYTE_TOKENS + merges().size() + index;
    }

    /** Merges as pairs of byte-level symbols, in priority order. */
    private static List<String[]> merges() {
        String space = byteSymbol(' ');
        List<String[]> merges = new ArrayList<>();
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            merges.add(new String[] {space, String.valueOf(letter)});
        }
        for (char letter = 'a'; letter <= 'z'; letter++) {
            merges.add(new String[] {space, String.valueOf(letter)});
        }
        String newline = byteSymbol('\n');
        merges.add(new String[] {newline, newline});
        return merges;
    }

    private static ObjectNode document() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("version", "1.0");
        root.putNull("truncation");
        root.putNull("padding");
        ArrayNode added = root.putArray("added_tokens");
        for (String token : SPECIAL_TOKENS) {
            ObjectNode entry = added.addObject();
            entry.put("id", specialTokenId(token));
            entry.put("content", token);
            entry.put("single_word", false);
            entry.put("lstrip", false);
            entry.put("rstrip", false);
            entry.put("normalized", false);
            entry.put("special", true);
        }
        root.putNull("normalizer");
        root.set("pre_tokenizer", byteLevel(json, true));
        root.putNull("post_processor");
        root.set("decoder", byteLevel(json, true));
        root.set("model", bpeModel(json));
        return root;
    }

    /** GPT-2 style byte-level step; with use_regex the GPT-2 split keeps " A" together as one pre-token. */
    private static ObjectNode byteLevel(ObjectMapper json, boolean useRegex) {
        ObjectNode node = json.createObjectNode();
        node.put("type", "ByteLevel");
        node.put("add_prefix_space", false);
        node.put("trim_offsets", false);
        node.put("use_regex", useRegex);
        return node;
    }

    private static ObjectNode bpeModel(ObjectMapper json) {
        ObjectNode model = json.createObjectNode();
        model.put("type", "BPE");
        model.putNull("dropout");
        model.putNull("unk_token");
        model.putNull("continuing_subword_prefix");
        model.putNull("end_of_word_suffix");
        model.put("fuse_unk", false);
        model.put("byte_fallback", false);
        ObjectNode vocab = model.putObject("vocab");
        for (int b = 0; b < BYTE_TOKENS; b++) {
            vocab.put(byteSymbol(b), b);
        }
        ArrayNode mergeList = model.putArray("merges");
        int id = BYTE_TOKENS;
        for (String[] pair : merges()) {
            vocab.put(pair[0] + pair[1], id++);
            mergeList.add(pair[0] + " " + pair[1]);
        }
        return model;
    }

    /**
     * GPT-2's printable stand-in for a byte: printable Latin-1 bytes stand for themselves, the other 68 bytes
     * map in order to code points 256, 257, … (so ' ' is "Ġ" and '\n' is "Ċ").
     */
    static String byteSymbol(int b) {
        if (isPrintable(b)) {
            return String.valueOf((char) b);
        }
        int shifted = 0;
        for (int other = 0; other < b; other++) {
            if (!isPrintable(other)) {
                shifted++;
            }
        }
        return String.valueOf((char) (256 + shifted));
    }

    private static boolean isPrintable(int b) {
        return (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
    }
}

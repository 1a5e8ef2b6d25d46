package dev.ltl.vlm.onnx;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltl.vlm.domain.qwen.TextTokenizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A Hugging Face {@code tokenizer.json} (Qwen's, or {@link TinyTokenizerJson}'s) run by DJL's Rust tokenizers
 * binding, whose native library ships inside the DJL jar. No special tokens are added on encode, as Qwen's
 * processor adds none. Thread-safe; close it to free the native tokenizer.
 */
public final class HfTextTokenizer implements TextTokenizer, AutoCloseable {

    private final HuggingFaceTokenizer tokenizer;
    private final Map<String, Integer> vocabulary;

    private HfTextTokenizer(HuggingFaceTokenizer tokenizer, Map<String, Integer> vocabulary) {
        this.tokenizer = tokenizer;
        this.vocabulary = vocabulary;
    }

    /**
     * Loads a tokenizer.json file.
     *
     * @throws UncheckedIOException when the file cannot be read or parsed
     */
    public static HfTextTokenizer load(Path tokenizerJson) {
        keepDjlOffline();
        try {
            Map<String, Integer> vocabulary = readVocabulary(tokenizerJson);
            // DJL truncates to 512 tokens by default (modelMaxLength); a multi-image prompt is far longer.
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson,
                    Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"));
            return new HfTextTokenizer(tokenizer, vocabulary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load tokenizer " + tokenizerJson, e);
        }
    }

    @Override
    public int[] encode(String text) {
        long[] ids = tokenizer.encode(text, false, false).getIds();
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = Math.toIntExact(ids[i]);
        }
        return out;
    }

    @Override
    public String decode(int[] ids) {
        long[] wide = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            wide[i] = ids[i];
        }
        return tokenizer.decode(wide, false);
    }

    @Override
    public int tokenId(String token) {
        return vocabulary.getOrDefault(token, -1);
    }

    @Override
    public void close() {
        tokenizer.close();
    }

    /**
     * DJL reads these when its classes initialise: never download anything, never report usage. A value the
     * application set already (e.g. a cache directory) is left alone.
     */
    private static void keepDjlOffline() {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (System.getProperty("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", "true");
        }
    }

    /**
     * Token string → id from the model vocabulary and the added tokens. DJL exposes no token-to-id lookup,
     * so the file is read once more with Jackson. BPE/WordLevel vocabularies are objects; Unigram ones are
     * arrays of [piece, score] whose index is the id.
     */
    private static Map<String, Integer> readVocabulary(Path tokenizerJson) throws IOException {
        JsonNode root;
        try (var reader = Files.newBufferedReader(tokenizerJson)) {
            root = new ObjectMapper().readTree(reader);
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        JsonNode vocab = root.path("model").path("vocab");
        if (vocab.isObject()) {
            for (Map.Entry<String, JsonNode> entry : vocab.properties()) {
                vocabulary.put(entry.getKey(), entry.getValue().asInt());
            }
        } else if (vocab.isArray()) {
            for (int id = 0; id < vocab.size(); id++) {
                vocabulary.put(vocab.get(id).get(0).asText(), id);
            }
        }
        for (JsonNode added : root.path("added_tokens")) {
            vocabulary.put(added.path("content").asText(), added.path("id").asInt());
        }
        return vocabulary;
    }
}

package dev.ltl.relevance.onnx;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A HuggingFace {@code tokenizer.json} run by DJL's tokenizers binding, truncating to a fixed number of
 * tokens (special tokens included) and never padding: batches are padded by {@link TokenBatch}.
 */
final class TextTokenizer implements AutoCloseable {
    private final HuggingFaceTokenizer tokenizer;

    private TextTokenizer(HuggingFaceTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    static TextTokenizer fromFile(Path tokenizerJson, int maxTokens) throws IOException {
        DjlOffline.ensure();
        return new TextTokenizer(HuggingFaceTokenizer.newInstance(tokenizerJson, options(maxTokens)));
    }

    static TextTokenizer fromStream(InputStream tokenizerJson, int maxTokens) throws IOException {
        DjlOffline.ensure();
        return new TextTokenizer(HuggingFaceTokenizer.newInstance(tokenizerJson, options(maxTokens)));
    }

    private static Map<String, String> options(int maxTokens) {
        return Map.of("addSpecialTokens", "true", "truncation", "true", "padding", "false",
                "maxLength", Integer.toString(maxTokens));
    }


    /** Token ids, type ids and attention mask of each text, padded to the longest with id 0, mask 0. */
    TokenBatch encode(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts.toArray(String[]::new));
        return TokenBatch.of(encodings);
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}

package dev.ltl.relevance.asr;

import dev.ltl.common.models.ModelEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How a Whisper model directory is laid out, read from its {@code model.yaml}. {@code file} is the
 * encoder; the rest lives under {@code preprocessing} (defaults shown, as optimum names them):
 *
 * <pre>
 * file: encoder_model.onnx
 * preprocessing:
 *   decoder_model: decoder_model.onnx
 *   tokenizer: tokenizer.json
 *   encoder_input: input_features          # [1, n_mels, 3000]
 *   encoder_output: last_hidden_state
 *   decoder_input_ids: input_ids           # [1, L] int64
 *   decoder_encoder_states: encoder_hidden_states
 *   decoder_output: logits                 # [1, L, vocab]
 *   n_mels: 80                             # 128 for large-v3
 *   prompt: ["&lt;|startoftranscript|&gt;", "&lt;|en|&gt;", "&lt;|transcribe|&gt;"]   # .en models: only the first
 *   max_new_tokens: 224
 * </pre>
 */
public record WhisperSpec(String id, Path encoderModel, Path decoderModel, Path tokenizer, String encoderInput,
                          String encoderOutput, String decoderInputIds, String decoderEncoderStates,
                          String decoderOutput, int nMels, List<String> prompt, int maxNewTokens) {
    public static final List<String> MULTILINGUAL_PROMPT = List.of("<|startoftranscript|>", "<|en|>", "<|transcribe|>");
    /** Whisper's {@code sample_len}: at most 224 tokens are sampled per 30-s window. */
    public static final int DEFAULT_MAX_NEW_TOKENS = 224;

    /**
     * @throws IllegalStateException naming the missing file or bad key when the directory does not hold a usable export
     */
    public static WhisperSpec from(ModelEntry entry) {
        Path encoder = entry.modelFile().orElseThrow(() -> new IllegalStateException("whisper model " + entry.id()
                + ": " + entry.missingReason()));
        Map<String, Object> pre = entry.spec().preprocessing();
        Path dir = encoder.getParent();
        return new WhisperSpec(entry.id(), encoder,
                requireFile(entry, dir.resolve(string(pre, "decoder_model", "decoder_model.onnx"))),
                requireFile(entry, dir.resolve(string(pre, "tokenizer", "tokenizer.json"))),
                string(pre, "encoder_input", "input_features"), string(pre, "encoder_output", "last_hidden_state"),
                string(pre, "decoder_input_ids", "input_ids"),
                string(pre, "decoder_encoder_states", "encoder_hidden_states"), string(pre, "decoder_output", "logits"),
                positive(entry, pre, "n_mels", 80), prompt(entry, pre),
                positive(entry, pre, "max_new_tokens", DEFAULT_MAX_NEW_TOKENS));
    }

    private static Path requireFile(ModelEntry entry, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("whisper model " + entry.id() + ": " + file.getFileName()
                    + " not found beside " + entry.modelFile().orElseThrow().getFileName() + " in " + file.getParent());
        }
        return file;
    }

    private static String string(Map<String, Object> pre, String key, String fallback) {
        Object value = pre.get(key);
        return value == null ? fallback : value.toString();
    }

    private static int positive(ModelEntry entry, Map<String, Object> pre, String key, int fallback) {
        Object value = pre.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number n) || n.intValue() <= 0) {
            throw new IllegalStateException("whisper model " + entry.id() + ": preprocessing." + key
                    + " must be a positive integer, got " + value);
        }
        return n.intValue();
    }

    private static List<String> prompt(ModelEntry entry, Map<String, Object> pre) {
        Object value = pre.get("prompt");
        if (value == null) {
            return MULTILINGUAL_PROMPT;
        }
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalStateException("whisper model " + entry.id()
                    + ": preprocessing.prompt must be a non-empty list of special tokens");
        }
        return list.stream().map(Object::toString).toList();
    }
}

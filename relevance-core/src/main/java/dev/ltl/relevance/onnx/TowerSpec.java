package dev.ltl.relevance.onnx;

import dev.ltl.common.models.ModelEntry;
import dev.ltl.common.models.ModelSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How a two-tower (CLIP / CLAP) model directory is laid out, read from its {@code model.yaml}. The main
 * {@code file} is the image or audio tower; everything else is under {@code preprocessing}:
 *
 * <pre>
 * file: image_model.onnx            # or audio_model.onnx
 * inputs: [{name: pixel_values}]    # or input_values; default by kind
 * embedding_output: image_embeds    # or pooler_output / audio_embeds
 * preprocessing:
 *   text_model: text_model.onnx     # beside the main file
 *   tokenizer: tokenizer.json       # beside the main file
 *   text_output: text_embeds
 *   max_text_tokens: 77
 *   image_size: 224                 # CLIP; mean/std default to OpenAI CLIP's
 *   sample_rate: 48000              # CLAP: 1-s chunks of this many samples
 * batching: {max_batch: 16}         # frames / seconds per tower call; absent or 1 means 16
 * </pre>
 */
record TowerSpec(String id, Path mainModel, String mainInput, String mainOutput, Path textModel, Path tokenizer,
                 String textOutput, int maxTextTokens, int batchSize, Map<String, Object> preprocessing) {
    /** Frames or seconds per tower call when model.yaml sets no batching (ModelSpec's default is 1). */
    static final int DEFAULT_BATCH = 16;

    static TowerSpec from(ModelEntry entry, String defaultInput, String defaultOutput) {
        ModelSpec spec = entry.spec();
        Path main = entry.modelFile().orElseThrow(() -> new IllegalStateException(entry.missingReason()));
        Path dir = main.getParent();
        Map<String, Object> pre = spec.preprocessing();
        Path text = requireFile(entry, dir.resolve(string(pre, "text_model", "text_model.onnx")));
        Path tokenizer = requireFile(entry, dir.resolve(string(pre, "tokenizer", "tokenizer.json")));
        String input = spec.inputs().isEmpty() ? defaultInput : spec.inputs().get(0).name();
        String output = spec.embeddingOutput() == null ? defaultOutput : spec.embeddingOutput();
        return new TowerSpec(entry.id(), main, input, output, text, tokenizer,
                string(pre, "text_output", "text_embeds"), integer(pre, "max_text_tokens", 77),
                spec.batching().maxBatch() > 1 ? spec.batching().maxBatch() : DEFAULT_BATCH, pre);
    }

    int integer(String key, int fallback) {
        return integer(preprocessing, key, fallback);
    }

    float[] floats(String key, float[] fallback) {
        Object value = preprocessing.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException("model " + id + ": preprocessing." + key + " must be a list of numbers");
        }
        float[] out = new float[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) list.get(i)).floatValue();
        }
        return out;
    }

    private static Path requireFile(ModelEntry entry, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("model " + entry.id() + ": " + file.getFileName() + " not found beside "
                    + entry.modelFile().orElseThrow().getFileName() + " in " + file.getParent());
        }
        return file;
    }

    private static String string(Map<String, Object> pre, String key, String fallback) {
        Object value = pre.get(key);
        return value == null ? fallback : value.toString();
    }

    private static int integer(Map<String, Object> pre, String key, int fallback) {
        Object value = pre.get(key);
        return value == null ? fallback : ((Number) value).intValue();
    }
}

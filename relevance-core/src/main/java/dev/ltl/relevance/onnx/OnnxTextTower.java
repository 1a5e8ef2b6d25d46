package dev.ltl.relevance.onnx;

import ai.onnxruntime.OrtException;
import dev.ltl.relevance.domain.Vectors;
import java.util.List;

/**
 * The text tower of a CLIP or CLAP export: tokenised text ({@code input_ids}, {@code attention_mask},
 * and {@code token_type_ids} when the graph asks for it) → a projected embedding ({@code text_embeds}),
 * returned L2-normalised. Truncation (77 tokens for CLIP) is the tokenizer's.
 */
final class OnnxTextTower implements AutoCloseable {
    private final OnnxModel model;
    private final TextTokenizer tokenizer;
    private final String output;

    OnnxTextTower(OnnxModel model, TextTokenizer tokenizer, String output) {
        this.model = model;
        this.tokenizer = tokenizer;
        this.output = output;
    }

    float[] embed(String text) {
        TokenBatch tokens = tokenizer.encode(List.of(text));
        try {
            OnnxModel.Inputs inputs = model.inputs().longs("input_ids", tokens.ids(), tokens.shape());
            if (model.inputNames().contains("attention_mask")) {
                inputs.longs("attention_mask", tokens.mask(), tokens.shape());
            }
            if (model.inputNames().contains("token_type_ids")) {
                inputs.longs("token_type_ids", tokens.typeIds(), tokens.shape());
            }
            return Vectors.l2Normalized(model.run(inputs, output).row(0));
        } catch (OrtException e) {
            throw new IllegalStateException("text tower " + model.id() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        model.close();
        tokenizer.close();
    }
}

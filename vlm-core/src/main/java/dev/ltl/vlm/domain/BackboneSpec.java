package dev.ltl.vlm.domain;

import dev.ltl.common.models.ModelSpec;
import dev.ltl.common.models.ModelSpec.TensorSpec;
import java.util.List;
import java.util.Map;

/**
 * Everything vlm needs to know about an image backbone, read from its model.yaml.
 *
 * @param name            model name
 * @param version         model version
 * @param inputName       graph input taking the image batch ({@code inputs[0].name}; "input" when unlisted)
 * @param embeddingOutput graph output used as the embedding: {@code embedding_output}, else the first output
 * @param embeddingDim    embedding length from the output's last dim; 0 when the yaml leaves it dynamic
 * @param preprocessing   pixels → tensor
 * @param tokens          token rule
 * @param maxBatch        dynamic batching: largest batch (≥ 1)
 * @param maxQueueDelayUs dynamic batching: longest wait for a batch to fill (≥ 0)
 * @param device          execution device from the yaml ("cpu", "cuda")
 */
public record BackboneSpec(String name, String version, String inputName, String embeddingOutput, int embeddingDim,
                           PreprocessingSpec preprocessing, TokenRule tokens, int maxBatch, long maxQueueDelayUs,
                           String device) {

    public BackboneSpec {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("batching.max_batch must be >= 1, got " + maxBatch);
        }
        if (maxQueueDelayUs < 0) {
            throw new IllegalArgumentException("batching.max_queue_delay_us must be >= 0, got " + maxQueueDelayUs);
        }
    }

    /** "name@version". */
    public String id() {
        return name + "@" + version;
    }

    /**
     * Derives the backbone contract from a parsed model.yaml.
     *
     * @throws IllegalArgumentException when the yaml cannot describe an image backbone
     */
    public static BackboneSpec fromModelSpec(ModelSpec spec, String name, String version) {
        String input = spec.inputs().isEmpty() ? "input" : spec.inputs().get(0).name();
        String output = embeddingOutput(spec);
        int dim = spec.outputs().stream().filter(o -> o.name().equals(output)).findFirst()
                .map(BackboneSpec::lastDim).orElse(0);
        int fixedSide = spec.inputs().isEmpty() ? 0 : squareSide(spec.inputs().get(0));
        PreprocessingSpec preprocessing = PreprocessingSpec.fromYaml(spec.preprocessing(), fixedSide);
        TokenRule tokens = tokenRule(spec.tokens());
        ModelSpec.Batching batching = spec.batching();
        return new BackboneSpec(name, version, input, output, dim, preprocessing, tokens,
                batching.maxBatch(), batching.maxQueueDelayUs(), spec.device());
    }

    private static String embeddingOutput(ModelSpec spec) {
        String chosen = spec.embeddingOutput();
        List<String> outputs = spec.outputs().stream().map(TensorSpec::name).toList();
        if (chosen == null || chosen.isBlank()) {
            if (outputs.isEmpty()) {
                throw new IllegalArgumentException("model.yaml lists no outputs and no embedding_output");
            }
            return outputs.get(0);
        }
        if (!outputs.isEmpty() && !outputs.contains(chosen)) {
            throw new IllegalArgumentException("embedding_output '" + chosen + "' is not one of the outputs " + outputs);
        }
        return chosen;
    }

    /**
     * The token rule. Without a {@code tokens} block the reference rule (P = 16) applies, because Stage-2
     * budgets always count 16-px patches (§1.4).
     */
    private static TokenRule tokenRule(Map<String, Object> block) {
        if (block.isEmpty()) {
            return TokenRule.REFERENCE;
        }
        Object rule = block.get("rule");
        if (!"patch_grid".equals(rule)) {
            throw new IllegalArgumentException("tokens.rule '" + rule + "' is not supported; use patch_grid");
        }
        Object patch = block.getOrDefault("patch_size", 16);
        if (!(patch instanceof Number n)) {
            throw new IllegalArgumentException("tokens.patch_size must be a number, got " + patch);
        }
        return new TokenRule(n.intValue());
    }

    private static int lastDim(TensorSpec tensor) {
        List<Long> shape = tensor.shape();
        if (shape == null || shape.isEmpty()) {
            return 0;
        }
        long last = shape.get(shape.size() - 1);
        return last > 0 ? (int) last : 0;
    }

    /** The fixed square side of an NCHW/NHWC input shape, or 0 when dynamic or not square. */
    private static int squareSide(TensorSpec tensor) {
        List<Long> shape = tensor.shape();
        if (shape == null || shape.size() != 4) {
            return 0;
        }
        long h = shape.get(1) == 3 ? shape.get(2) : shape.get(1);
        long w = shape.get(1) == 3 ? shape.get(3) : shape.get(2);
        return h > 0 && h == w ? (int) h : 0;
    }
}

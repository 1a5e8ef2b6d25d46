package dev.ltl.vlm.onnx.qwen;

import dev.ltl.vlm.onnx.graph.OnnxAttribute;
import dev.ltl.vlm.onnx.graph.OnnxGraph;
import dev.ltl.vlm.onnx.graph.OnnxGraph.Dim;
import dev.ltl.vlm.onnx.graph.OnnxGraph.ElementType;
import java.util.List;
import java.util.Random;

/**
 * The three graphs of the tiny Qwen-VL stand-in, with the tensor names of the onnx-community export
 * ({@link QwenTensorNames#DEFAULT}) and deterministic Gaussian weights drawn from one seeded generator.
 *
 * <p>Not a trained model: it answers at chance. What it does reproduce is the data flow a real export has —
 * merged-patch vision features, an embedding table, causal self-attention with a KV cache in and out,
 * attention-mask padding and positions from the three M-RoPE axes — so every runner path is exercised.
 */
final class TinyQwenGraphs {
    private static final float RMS_EPS = 1e-6f;
    private static final float MASKED = -1e9f;

    private final TinyQwenDims dims;
    private final Random random;

    TinyQwenGraphs(TinyQwenDims dims, long seed) {
        this.dims = dims;
        this.random = new Random(seed);
    }

    /**
     * {@code pixel_values} [N_patch, patchDim] + {@code grid_thw} [images, 3] → {@code image_features}
     * [N_patch / merge², hidden]: each run of merge² consecutive patches (one 2×2 group in the processor's
     * patch order) is concatenated and projected, then squashed by tanh. grid_thw is part of the contract but
     * this graph needs no per-image information, so it is declared and not read.
     */
    byte[] visionEncoder() {
        OnnxGraph g = new OnnxGraph("tiny_qwen_vision_encoder");
        String pixels = g.input("pixel_values", ElementType.FLOAT, Dim.named("patches"), Dim.of(dims.patchDim()));
        g.input("grid_thw", ElementType.INT64, Dim.named("images"), Dim.of(3));
        int merged = dims.mergeGroup() * dims.patchDim();
        String groups = g.op("Reshape", List.of(pixels, g.longs("merge_shape", new long[] {-1, merged}, 2)));
        String w = g.floats("merger_weight", gaussian(merged * dims.hidden(), 1.0 / Math.sqrt(merged)), merged, dims.hidden());
        g.node("Tanh", List.of(g.op("MatMul", List.of(groups, w))), List.of("image_features"));
        g.output("image_features", ElementType.FLOAT, Dim.named("tokens"), Dim.of(dims.hidden()));
        return g.toBytes();
    }

    /** {@code input_ids} [B, L] → {@code inputs_embeds} [B, L, hidden]: a table lookup. */
    byte[] embedTokens() {
        OnnxGraph g = new OnnxGraph("tiny_qwen_embed_tokens");
        String ids = g.input("input_ids", ElementType.INT64, Dim.named("batch"), Dim.named("sequence"));
        String table = g.floats("embed_weight", gaussian(dims.vocab() * dims.hidden(), 1.0), dims.vocab(), dims.hidden());
        g.node("Gather", List.of(table, ids), List.of("inputs_embeds"), OnnxAttribute.ofInt("axis", 0));
        g.output("inputs_embeds", ElementType.FLOAT, Dim.named("batch"), Dim.named("sequence"), Dim.of(dims.hidden()));
        return g.toBytes();
    }

    /**
     * The decoder with KV cache: pre-norm causal self-attention + ReLU MLP blocks, final RMSNorm, vocabulary
     * projection. Positions enter additively: {@code 0.5 · sin(position_ids(t,h,w) · W_pos)} is added to the
     * input embeddings — a simple stand-in for M-RoPE that still depends on all three axes, and (like RoPE)
     * only on each token's own positions, so cached and recomputed passes agree.
     */
    byte[] decoder() {
        OnnxGraph g = new OnnxGraph("tiny_qwen_decoder");
        int h = dims.hidden();
        String embeds = g.input("inputs_embeds", ElementType.FLOAT, Dim.named("batch"), Dim.named("sequence"), Dim.of(h));
        String mask = g.input("attention_mask", ElementType.INT64, Dim.named("batch"), Dim.named("total"));
        String positions = g.input("position_ids", ElementType.INT64, Dim.of(3), Dim.named("batch"), Dim.named("sequence"));
        for (int i = 0; i < dims.layers(); i++) {
            for (String kind : List.of("key", "value")) {
                g.input("past_key_values." + i + "." + kind, ElementType.FLOAT, Dim.named("batch"), Dim.of(dims.heads()),
                        Dim.named("past"), Dim.of(dims.headDim()));
            }
        }
        String hidden = g.op("Add", List.of(embeds, positionTerm(g, positions)));
        String[] present = new String[2 * dims.layers()];
        String bias = null;
        for (int i = 0; i < dims.layers(); i++) {
            String keys = "present." + i + ".key";
            String values = "present." + i + ".value";
            String normed = rmsNorm(g, hidden, "attn_norm_" + i);
            g.node("Concat", List.of("past_key_values." + i + ".key", heads(g, normed, "k_proj_" + i)), List.of(keys),
                    OnnxAttribute.ofInt("axis", 2));
            g.node("Concat", List.of("past_key_values." + i + ".value", heads(g, normed, "v_proj_" + i)), List.of(values),
                    OnnxAttribute.ofInt("axis", 2));
            if (bias == null) {
                bias = attentionBias(g, embeds, keys, mask);
            }
            hidden = g.op("Add", List.of(hidden, attention(g, heads(g, normed, "q_proj_" + i), keys, values, bias, i)));
            hidden = g.op("Add", List.of(hidden, mlp(g, rmsNorm(g, hidden, "mlp_norm_" + i), i)));
            present[2 * i] = keys;
            present[2 * i + 1] = values;
        }
        String lmHead = g.floats("lm_head", gaussian(h * dims.vocab(), 2.0 / Math.sqrt(h)), h, dims.vocab());
        g.node("MatMul", List.of(rmsNorm(g, hidden, "final_norm"), lmHead), List.of("logits"));
        g.output("logits", ElementType.FLOAT, Dim.named("batch"), Dim.named("sequence"), Dim.of(dims.vocab()));
        for (String name : present) {
            g.output(name, ElementType.FLOAT, Dim.named("batch"), Dim.of(dims.heads()), Dim.named("total"), Dim.of(dims.headDim()));
        }
        return g.toBytes();
    }

    /** [3, B, L] int positions → [B, L, hidden] additive position term. */
    private String positionTerm(OnnxGraph g, String positions) {
        String asFloat = g.op("Cast", List.of(positions), OnnxAttribute.ofInt("to", 1));
        String perToken = g.op("Transpose", List.of(asFloat), OnnxAttribute.ofInts("perm", 1, 2, 0));
        String w = g.floats("position_weight", gaussian(3 * dims.hidden(), 0.5), 3, dims.hidden());
        String angles = g.op("MatMul", List.of(perToken, w));
        return g.op("Mul", List.of(g.op("Sin", List.of(angles)), g.scalar("position_scale", 0.5f)));
    }

    /**
     * [B, 1, L, T] additive mask: 0 where query i may see key j — j ≤ past + i (causal) and
     * attention_mask[b, j] = 1 — else −1e9.
     */
    private static String attentionBias(OnnxGraph g, String embeds, String keys, String mask) {
        String zero = g.longs("zero_i64", new long[] {0});
        String one = g.longs("one_i64", new long[] {1});
        String axis0 = g.longs("axis_0", new long[] {0}, 1);
        String total = g.op("Shape", List.of(keys), OnnxAttribute.ofInt("start", 2), OnnxAttribute.ofInt("end", 3));
        String sequence = g.op("Shape", List.of(embeds), OnnxAttribute.ofInt("start", 1), OnnxAttribute.ofInt("end", 2));
        String past = g.op("Sub", List.of(total, sequence));
        String keyPositions = g.op("Range", List.of(zero, g.op("Squeeze", List.of(total, axis0)), one));
        String queryPositions = g.op("Add", List.of(g.op("Range", List.of(zero, g.op("Squeeze", List.of(sequence, axis0)), one)), past));
        String causal = g.op("LessOrEqual", List.of(
                g.op("Unsqueeze", List.of(keyPositions, axis0)),
                g.op("Unsqueeze", List.of(queryPositions, g.longs("axis_1", new long[] {1}, 1)))));
        String notPadded = g.op("Unsqueeze", List.of(g.op("Equal", List.of(mask, one)), g.longs("axes_1_2", new long[] {1, 2}, 2)));
        String allowed = g.op("And", List.of(causal, notPadded));
        return g.op("Where", List.of(allowed, g.scalar("open", 0f), g.scalar("masked", MASKED)));
    }

    /** [B, L, hidden] → projection → [B, heads, L, headDim]. */
    private String heads(OnnxGraph g, String normed, String weightName) {
        String w = g.floats(weightName, gaussian(dims.hidden() * dims.hidden(), 1.0 / Math.sqrt(dims.hidden())),
                dims.hidden(), dims.hidden());
        String split = g.op("Reshape", List.of(g.op("MatMul", List.of(normed, w)),
                g.longs(weightName + "_shape", new long[] {0, 0, dims.heads(), dims.headDim()}, 4)));
        return g.op("Transpose", List.of(split), OnnxAttribute.ofInts("perm", 0, 2, 1, 3));
    }

    /** Scaled dot-product attention of the queries over all keys/values, heads merged and projected. */
    private String attention(OnnxGraph g, String queries, String keys, String values, String bias, int layer) {
        String keysT = g.op("Transpose", List.of(keys), OnnxAttribute.ofInts("perm", 0, 1, 3, 2));
        String scores = g.op("Mul", List.of(g.op("MatMul", List.of(queries, keysT)),
                g.scalar("attn_scale_" + layer, (float) (1.0 / Math.sqrt(dims.headDim())))));
        String weights = g.op("Softmax", List.of(g.op("Add", List.of(scores, bias))), OnnxAttribute.ofInt("axis", -1));
        String context = g.op("Transpose", List.of(g.op("MatMul", List.of(weights, values))), OnnxAttribute.ofInts("perm", 0, 2, 1, 3));
        String merged = g.op("Reshape", List.of(context, g.longs("merge_heads_" + layer, new long[] {0, 0, dims.hidden()}, 3)));
        String w = g.floats("o_proj_" + layer, gaussian(dims.hidden() * dims.hidden(), 1.0 / Math.sqrt(dims.hidden())),
                dims.hidden(), dims.hidden());
        return g.op("MatMul", List.of(merged, w));
    }

    private String mlp(OnnxGraph g, String normed, int layer) {
        String up = g.floats("mlp_up_" + layer, gaussian(dims.hidden() * dims.mlp(), 1.0 / Math.sqrt(dims.hidden())),
                dims.hidden(), dims.mlp());
        String down = g.floats("mlp_down_" + layer, gaussian(dims.mlp() * dims.hidden(), 1.0 / Math.sqrt(dims.mlp())),
                dims.mlp(), dims.hidden());
        return g.op("MatMul", List.of(g.op("Relu", List.of(g.op("MatMul", List.of(normed, up)))), down));
    }

    /** x / sqrt(mean(x²) + eps) · gain over the last axis. */
    private String rmsNorm(OnnxGraph g, String x, String name) {
        String meanSquare = g.op("ReduceMean", List.of(g.op("Mul", List.of(x, x))),
                OnnxAttribute.ofInts("axes", -1), OnnxAttribute.ofInt("keepdims", 1));
        String inverse = g.op("Reciprocal", List.of(g.op("Sqrt", List.of(g.op("Add", List.of(meanSquare, g.scalar(name + "_eps", RMS_EPS)))))));
        float[] gain = new float[dims.hidden()];
        for (int i = 0; i < gain.length; i++) {
            gain[i] = (float) (1.0 + 0.1 * random.nextGaussian());
        }
        return g.op("Mul", List.of(g.op("Mul", List.of(x, inverse)), g.floats(name + "_gain", gain, dims.hidden())));
    }

    private float[] gaussian(int count, double std) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) (random.nextGaussian() * std);
        }
        return values;
    }
}

package dev.ltl.vlm.onnx;

import dev.ltl.vlm.onnx.graph.OnnxAttribute;
import dev.ltl.vlm.onnx.graph.OnnxGraph;
import dev.ltl.vlm.onnx.graph.OnnxGraph.Dim;
import dev.ltl.vlm.onnx.graph.OnnxGraph.ElementType;
import java.util.List;

/**
 * Tiny ONNX graphs with the input/output contract of backbones that cannot be had here (CLIP), written with
 * {@link OnnxGraph}. The graph is {@code pooler_output = ReduceMean(pixel_values, axes [2, 3]) · W}:
 * [N, 3, H, W] with symbolic batch, height and width → [N, dim], so its output is easy to predict exactly.
 */
final class TinyOnnxModels {
    private TinyOnnxModels() {
    }

    /** The serialized model; {@code weights[c][j]} is W. */
    static byte[] clipLikeVisionTower(float[][] weights) {
        int dim = weights[0].length;
        float[] flat = new float[3 * dim];
        for (int c = 0; c < 3; c++) {
            System.arraycopy(weights[c], 0, flat, c * dim, dim);
        }
        OnnxGraph graph = new OnnxGraph("tiny_clip_vision");
        String pixels = graph.input("pixel_values", ElementType.FLOAT, Dim.named("batch"), Dim.of(3),
                Dim.named("height"), Dim.named("width"));
        String w = graph.floats("W", flat, 3, dim);
        String means = graph.op("ReduceMean", List.of(pixels), OnnxAttribute.ofInts("axes", 2, 3),
                OnnxAttribute.ofInt("keepdims", 0));
        graph.node("MatMul", List.of(means, w), List.of("pooler_output"));
        graph.output("pooler_output", ElementType.FLOAT, Dim.named("batch"), Dim.of(dim));
        return graph.toBytes();
    }
}

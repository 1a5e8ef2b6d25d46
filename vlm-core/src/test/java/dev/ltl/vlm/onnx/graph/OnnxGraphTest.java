package dev.ltl.vlm.onnx.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.ltl.vlm.onnx.graph.OnnxGraph.Dim;
import dev.ltl.vlm.onnx.graph.OnnxGraph.ElementType;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Graphs written by {@link OnnxGraph} load in ONNX Runtime and compute what their nodes say. */
class OnnxGraphTest {

    @Test
    void encodesVarintsAndFixed32FloatsAsProtobufDoes() {
        // Expected bytes by the protobuf wire-format rules: tag = field << 3 | wire type.
        assertThat(new ProtoWriter().varint(1, 300).build()).containsExactly(0x08, 0xAC, 0x02);
        assertThat(new ProtoWriter().fixed32(2, 1.0f).build()).containsExactly(0x15, 0x00, 0x00, 0x80, 0x3F);
        assertThat(new ProtoWriter().string(3, "ab").build()).containsExactly(0x1A, 0x02, 'a', 'b');
    }

    @Test
    void aGraphWithConstantsAndIntFloatAndListAttributesRuns() throws Exception {
        OnnxGraph g = new OnnxGraph("test");
        String x = g.input("x", ElementType.FLOAT, Dim.named("rows"), Dim.of(2));
        String w = g.floats("w", new float[] {1, 2, 3, 4}, 2, 2);
        String product = g.op("MatMul", List.of(x, w));
        String leaky = g.op("LeakyRelu", List.of(product), OnnxAttribute.ofFloat("alpha", 0.5f));
        String transposed = g.op("Transpose", List.of(leaky), OnnxAttribute.ofInts("perm", 1, 0));
        g.node("Softmax", List.of(transposed), List.of("y"), OnnxAttribute.ofInt("axis", 0));
        g.output("y", ElementType.FLOAT, Dim.of(2), Dim.named("rows"));

        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(g.toBytes(), new OrtSession.SessionOptions());
             OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {1, 0, 0, -1}), new long[] {2, 2});
             OrtSession.Result result = session.run(Map.of("x", input))) {
            float[] y = ((OnnxTensor) result.get(0)).getFloatBuffer().array();
            // x·w = [[1, 2], [-3, -4]] → leaky [[1, 2], [-1.5, -2]] → transposed [[1, -1.5], [2, -2]]
            // → softmax over axis 0 per column: column 0 of (1, 2), column 1 of (-1.5, -2).
            double a = Math.exp(1) / (Math.exp(1) + Math.exp(2));
            double b = Math.exp(-1.5) / (Math.exp(-1.5) + Math.exp(-2));
            assertThat(y).containsExactly(new float[] {(float) a, (float) b, (float) (1 - a), (float) (1 - b)}, within(1e-6f));
        }
    }

    @Test
    void refusesAConstantWhoseValuesDoNotFillItsShape() {
        assertThatThrownBy(() -> new OnnxGraph("bad").floats("w", new float[3], 2, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("w");
    }
}

package dev.ltl.vlm.onnx.graph;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a small ONNX model (opset 17, IR version 8) in memory and serialises it, hand-encoding the protobuf
 * messages of onnx.proto (field numbers from that schema). Used to generate tiny stand-in models with the
 * input/output contract of real ones that cannot be shipped; it does no shape inference or checking — ONNX
 * Runtime does that when it loads the result.
 *
 * <p>Nodes get unique output names {@code <prefix>_<n>} from {@link #op}; graph inputs, outputs and
 * initializers are named by the caller.
 */
public final class OnnxGraph {
    /** The operator set every generated graph imports. */
    public static final int OPSET = 17;
    private static final int IR_VERSION = 8;

    /** Tensor element types (TensorProto.DataType). */
    public enum ElementType {
        FLOAT(1), INT64(7), BOOL(9);

        final int code;

        ElementType(int code) {
            this.code = code;
        }
    }

    /** A tensor dimension: fixed ({@code value ≥ 0}) or symbolic (named). */
    public record Dim(long value, String param) {
        public static Dim of(long value) {
            return new Dim(value, null);
        }

        public static Dim named(String param) {
            return new Dim(-1, param);
        }

        byte[] encoded() {
            return param == null ? new ProtoWriter().varint(1, value).build() : new ProtoWriter().string(2, param).build();
        }
    }

    private final String name;
    private final List<byte[]> nodes = new ArrayList<>();
    private final List<byte[]> initializers = new ArrayList<>();
    private final List<byte[]> inputs = new ArrayList<>();
    private final List<byte[]> outputs = new ArrayList<>();
    private int counter;

    public OnnxGraph(String name) {
        this.name = name;
    }

    /** Declares a graph input. */
    public String input(String tensor, ElementType type, Dim... dims) {
        inputs.add(valueInfo(tensor, type, dims));
        return tensor;
    }

    /** Declares a graph output; some node must produce a tensor of that name. */
    public void output(String tensor, ElementType type, Dim... dims) {
        outputs.add(valueInfo(tensor, type, dims));
    }

    /** A float constant of the given shape (row-major values). */
    public String floats(String tensor, float[] values, long... dims) {
        checkCount(tensor, values.length, dims);
        ByteBuffer raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            raw.putFloat(v);
        }
        initializers.add(tensorProto(tensor, ElementType.FLOAT, raw.array(), dims));
        return tensor;
    }

    /** An int64 constant of the given shape; no dims = a scalar. */
    public String longs(String tensor, long[] values, long... dims) {
        checkCount(tensor, values.length, dims);
        ByteBuffer raw = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            raw.putLong(v);
        }
        initializers.add(tensorProto(tensor, ElementType.INT64, raw.array(), dims));
        return tensor;
    }

    /** A float scalar constant. */
    public String scalar(String tensor, float value) {
        return floats(tensor, new float[] {value});
    }

    /** Adds a node with one output, named uniquely, and returns that name. */
    public String op(String opType, List<String> nodeInputs, OnnxAttribute... attributes) {
        String out = opType.toLowerCase() + "_" + (counter++);
        node(opType, nodeInputs, List.of(out), attributes);
        return out;
    }

    /** Adds a node whose outputs the caller names (e.g. to produce a graph output). */
    public void node(String opType, List<String> nodeInputs, List<String> nodeOutputs, OnnxAttribute... attributes) {
        ProtoWriter node = new ProtoWriter();
        nodeInputs.forEach(i -> node.string(1, i));
        nodeOutputs.forEach(o -> node.string(2, o));
        node.string(3, "n" + nodes.size()).string(4, opType);
        for (OnnxAttribute a : attributes) {
            node.bytes(5, a.encoded());
        }
        nodes.add(node.build());
    }

    /** The serialised ModelProto. */
    public byte[] toBytes() {
        ProtoWriter graph = new ProtoWriter();
        nodes.forEach(n -> graph.bytes(1, n));
        graph.string(2, name);
        initializers.forEach(t -> graph.bytes(5, t));
        inputs.forEach(i -> graph.bytes(11, i));
        outputs.forEach(o -> graph.bytes(12, o));
        byte[] opset = new ProtoWriter().string(1, "").varint(2, OPSET).build();
        return new ProtoWriter().varint(1, IR_VERSION).string(2, "ltl").bytes(7, graph.build()).bytes(8, opset).build();
    }

    /** Writes {@link #toBytes()} to a file. */
    public void write(Path file) throws IOException {
        Files.write(file, toBytes());
    }

    private static byte[] tensorProto(String tensor, ElementType type, byte[] raw, long[] dims) {
        ProtoWriter proto = new ProtoWriter();
        for (long d : dims) {
            proto.varint(1, d);
        }
        return proto.varint(2, type.code).string(8, tensor).bytes(9, raw).build();
    }

    private static byte[] valueInfo(String tensor, ElementType type, Dim[] dims) {
        ProtoWriter shape = new ProtoWriter();
        for (Dim d : dims) {
            shape.bytes(1, d.encoded());
        }
        byte[] tensorType = new ProtoWriter().varint(1, type.code).bytes(2, shape.build()).build();
        return new ProtoWriter().string(1, tensor).bytes(2, new ProtoWriter().bytes(1, tensorType).build()).build();
    }

    private static void checkCount(String tensor, int count, long[] dims) {
        long expected = Arrays.stream(dims).reduce(1, (a, b) -> a * b);
        if (expected != count) {
            throw new IllegalArgumentException("constant " + tensor + " has " + count + " values for shape "
                    + Arrays.toString(dims));
        }
    }
}

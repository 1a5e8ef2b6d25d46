package dev.ltl.vlm.onnx.graph;

/**
 * One node attribute (ONNX AttributeProto): an int, a float or a list of ints — the kinds the generated
 * graphs use.
 */
public final class OnnxAttribute {
    // AttributeProto.AttributeType values from onnx.proto.
    private static final int FLOAT = 1;
    private static final int INT = 2;
    private static final int INTS = 7;

    private final byte[] encoded;

    private OnnxAttribute(byte[] encoded) {
        this.encoded = encoded;
    }

    public static OnnxAttribute ofInt(String name, long value) {
        return new OnnxAttribute(new ProtoWriter().string(1, name).varint(3, value).varint(20, INT).build());
    }

    public static OnnxAttribute ofFloat(String name, float value) {
        return new OnnxAttribute(new ProtoWriter().string(1, name).fixed32(2, value).varint(20, FLOAT).build());
    }

    public static OnnxAttribute ofInts(String name, long... values) {
        ProtoWriter writer = new ProtoWriter().string(1, name);
        for (long v : values) {
            writer.varint(8, v);
        }
        return new OnnxAttribute(writer.varint(20, INTS).build());
    }

    byte[] encoded() {
        return encoded;
    }
}

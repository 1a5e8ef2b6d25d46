package dev.ltl.relevance;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Hand-encoded ONNX protobuf pieces (field numbers from onnx.proto) for the tiny generated test models of this
 * module: the CLIP/CLAP towers ({@code TinyTowers}) and Whisper ({@code TinyWhisper}).
 */
public final class OnnxProto {
    /** TensorProto.DataType FLOAT. */
    public static final int FLOAT = 1;

    private OnnxProto() {
    }

    /** A ModelProto (IR 8, default opset 13) around a serialized GraphProto. */
    public static byte[] model(byte[] graph) {
        return message().varint(1, 8).bytes(8, message().string(1, "").varint(2, 13).build()).bytes(7, graph).build();
    }

    /** A NodeProto named after its op and first output. */
    public static byte[] node(String op, List<String> inputs, List<String> outputs, byte[]... attributes) {
        Message node = message();
        inputs.forEach(i -> node.string(1, i));
        outputs.forEach(o -> node.string(2, o));
        node.string(3, op + "_" + outputs.get(0)).string(4, op);
        for (byte[] attribute : attributes) {
            node.bytes(5, attribute);
        }
        return node.build();
    }

    /** A 2-D float32 initializer, row-major. */
    public static byte[] floatInitializer(String name, float[][] values) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * values[0].length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] row : values) {
            for (float v : row) {
                raw.putFloat(v);
            }
        }
        return message().varint(1, values.length).varint(1, values[0].length).varint(2, FLOAT).string(8, name)
                .bytes(9, raw.array()).build();
    }

    /** A ValueInfoProto of a tensor with the given element type and dimensions. */
    public static byte[] valueInfo(String name, int elementType, byte[]... dims) {
        Message shape = message();
        for (byte[] d : dims) {
            shape.bytes(1, d);
        }
        byte[] tensorType = message().varint(1, elementType).bytes(2, shape.build()).build();
        return message().string(1, name).bytes(2, message().bytes(1, tensorType).build()).build();
    }

    public static byte[] dimValue(long value) {
        return message().varint(1, value).build();
    }

    public static byte[] dimParam(String name) {
        return message().string(2, name).build();
    }

    public static Message message() {
        return new Message();
    }

    /** Protobuf wire format: varint (type 0) and length-delimited (type 2) fields. */
    public static final class Message {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        public Message varint(int field, long value) {
            writeVarint((long) field << 3);
            writeVarint(value);
            return this;
        }

        public Message bytes(int field, byte[] value) {
            writeVarint(((long) field << 3) | 2);
            writeVarint(value.length);
            out.writeBytes(value);
            return this;
        }

        public Message string(int field, String value) {
            return bytes(field, value.getBytes(StandardCharsets.UTF_8));
        }

        public byte[] build() {
            return out.toByteArray();
        }

        private void writeVarint(long value) {
            while ((value & ~0x7FL) != 0) {
                out.write((int) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            out.write((int) value);
        }
    }
}

package dev.ltl.vlm.onnx.graph;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Protobuf wire-format encoder for one message: varint (type 0), fixed32 (type 5) and length-delimited
 * (type 2) fields — all the ONNX schema needs to describe a graph. Nested messages are encoded first and
 * embedded as bytes.
 */
final class ProtoWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    ProtoWriter varint(int field, long value) {
        writeVarint((long) field << 3);
        writeVarint(value);
        return this;
    }

    ProtoWriter fixed32(int field, float value) {
        writeVarint(((long) field << 3) | 5);
        int bits = Float.floatToRawIntBits(value);
        for (int shift = 0; shift < 32; shift += 8) {
            out.write((bits >>> shift) & 0xFF);
        }
        return this;
    }

    ProtoWriter bytes(int field, byte[] value) {
        writeVarint(((long) field << 3) | 2);
        writeVarint(value.length);
        out.writeBytes(value);
        return this;
    }

    ProtoWriter string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    byte[] build() {
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

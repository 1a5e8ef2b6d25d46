package dev.ltl.vlm.onnx;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes tiny ONNX graphs with the input/output contract of backbones that cannot be had here (CLIP), encoding
 * the ONNX protobuf messages by hand (field numbers from onnx.proto). The graph is
 * {@code pooler_output = ReduceMean(pixel_values, axes [2, 3]) · W}: [N, 3, H, W] with symbolic batch, height
 * and width → [N, dim], so its output is easy to predict exactly.
 */
final class TinyOnnxModels {
    private static final int FLOAT = 1;

    private TinyOnnxModels() {
    }

    /** The serialized model; {@code weights[c][j]} is W. */
    static byte[] clipLikeVisionTower(float[][] weights) {
        int dim = weights[0].length;
        byte[] reduce = message()
                .string(1, "pixel_values").string(2, "channel_means").string(3, "pool").string(4, "ReduceMean")
                .bytes(5, message().string(1, "axes").varint(8, 2).varint(8, 3).varint(20, 7).build())
                .bytes(5, message().string(1, "keepdims").varint(3, 0).varint(20, 2).build())
                .build();
        byte[] project = message()
                .string(1, "channel_means").string(1, "W").string(2, "pooler_output").string(3, "project")
                .string(4, "MatMul").build();
        ByteBuffer raw = ByteBuffer.allocate(3 * dim * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] row : weights) {
            for (float w : row) {
                raw.putFloat(w);
            }
        }
        byte[] initializer = message().varint(1, 3).varint(1, dim).varint(2, FLOAT).string(8, "W")
                .bytes(9, raw.array()).build();
        byte[] graph = message()
                .bytes(1, reduce).bytes(1, project).string(2, "tiny_clip_vision")
                .bytes(5, initializer)
                .bytes(11, valueInfo("pixel_values", dimParam("batch"), dimValue(3), dimParam("height"), dimParam("width")))
                .bytes(12, valueInfo("pooler_output", dimParam("batch"), dimValue(dim)))
                .build();
        return message().varint(1, 8)
                .bytes(8, message().string(1, "").varint(2, 13).build())
                .bytes(7, graph).build();
    }

    private static byte[] valueInfo(String name, byte[]... dims) {
        Message shape = message();
        for (byte[] d : dims) {
            shape.bytes(1, d);
        }
        byte[] tensorType = message().varint(1, FLOAT).bytes(2, shape.build()).build();
        return message().string(1, name).bytes(2, message().bytes(1, tensorType).build()).build();
    }

    private static byte[] dimValue(long value) {
        return message().varint(1, value).build();
    }

    private static byte[] dimParam(String name) {
        return message().string(2, name).build();
    }

    private static Message message() {
        return new Message();
    }

    /** Protobuf wire format: varint (type 0) and length-delimited (type 2) fields. */
    private static final class Message {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Message varint(int field, long value) {
            writeVarint(((long) field << 3));
            writeVarint(value);
            return this;
        }

        Message bytes(int field, byte[] value) {
            writeVarint(((long) field << 3) | 2);
            writeVarint(value.length);
            out.writeBytes(value);
            return this;
        }

        Message string(int field, String value) {
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
}

package dev.ltl.eval.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NpyArrayTest {

    @Test
    void matrixRoundTripsWithANumpyStyleHeader() throws IOException {
        float[][] m = {{1.5f, -2f, 3.25f}, {0f, Float.MIN_VALUE, -0f}};
        byte[] bytes = NpyArray.ofMatrix(m).toBytes();

        assertThat(bytes[6]).isEqualTo((byte) 1);
        assertThat(bytes[7]).isEqualTo((byte) 0);
        int headerLen = ByteBuffer.wrap(bytes, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
        assertThat((10 + headerLen) % 64).isZero();
        String header = new String(bytes, 10, headerLen, StandardCharsets.ISO_8859_1);
        assertThat(header).startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }").endsWith("\n");
        assertThat(bytes).hasSize(10 + headerLen + 6 * 4);

        float[][] back = NpyArray.parse(bytes).toMatrix();
        assertThat(back).isDeepEqualTo(m);
        assertThat(Float.floatToRawIntBits(back[1][2])).isEqualTo(Float.floatToRawIntBits(-0f));
    }

    @Test
    void oneDimensionalShapesUsePythonTupleSyntax() throws IOException {
        byte[] bytes = new NpyArray(new int[] {3}, new float[] {1, 2, 3}).toBytes();
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("'shape': (3,), }");
        assertThat(NpyArray.parse(bytes).shape()).containsExactly(3);
    }

    @Test
    void hugeHeadersSwitchToVersionTwo() throws IOException {
        int[] shape = new int[23_000];
        Arrays.fill(shape, 1);
        byte[] bytes = new NpyArray(shape, new float[] {7f}).toBytes();
        assertThat(bytes[6]).isEqualTo((byte) 2);
        int headerLen = ByteBuffer.wrap(bytes, 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        assertThat((12 + headerLen) % 64).isZero();
        NpyArray back = NpyArray.parse(bytes);
        assertThat(back.shape()).hasSize(23_000);
        assertThat(back.data()).containsExactly(7f);
    }

    @Test
    void readsBigEndianDoublesInFortranOrder() throws IOException {
        // [[1, 2, 3], [4, 5, 6]] stored column-major as >f8.
        byte[] bytes = npy(2, "{'descr': '>f8', 'fortran_order': True, 'shape': (2, 3), }",
                ByteBuffer.allocate(48).order(ByteOrder.BIG_ENDIAN)
                        .putDouble(1).putDouble(4).putDouble(2).putDouble(5).putDouble(3).putDouble(6).array());
        NpyArray array = NpyArray.parse(bytes);
        assertThat(array.shape()).containsExactly(2, 3);
        assertThat(array.toMatrix()).isDeepEqualTo(new float[][] {{1, 2, 3}, {4, 5, 6}});
    }

    @Test
    void rejectsWhatItCannotRead() {
        assertThatThrownBy(() -> NpyArray.parse("not numpy at all".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("magic");
        assertThatThrownBy(() -> NpyArray.parse(npy(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (1,), }",
                new byte[8]))).hasMessageContaining("<i8");
        assertThatThrownBy(() -> NpyArray.parse(npy(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (4,), }",
                new byte[8]))).hasMessageContaining("truncated");
        assertThatThrownBy(() -> new NpyArray(new int[] {2, 2}, new float[3]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] npy(int major, String dict, byte[] data) {
        byte[] header = (dict + "\n").getBytes(StandardCharsets.ISO_8859_1);
        int lenBytes = major == 1 ? 2 : 4;
        ByteBuffer buf = ByteBuffer.allocate(8 + lenBytes + header.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        if (major == 1) {
            buf.putShort((short) header.length);
        } else {
            buf.putInt(header.length);
        }
        return buf.put(header).put(data).array();
    }
}

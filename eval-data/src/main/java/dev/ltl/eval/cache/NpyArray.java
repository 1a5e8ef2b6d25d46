package dev.ltl.eval.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A float32 array in numpy's {@code .npy} format (versions 1.0, 2.0 and 3.0). Reading accepts {@code <f4},
 * {@code >f4}, {@code <f8} and {@code >f8} (doubles are narrowed to float) in C or Fortran order; writing always
 * produces little-endian {@code <f4} in C order, version 1.0 (2.0 when the header outgrows 64 KiB), with the header
 * padded so the data starts on a 64-byte boundary as numpy does. Data is held in C order.
 */
public final class NpyArray {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGN = 64;
    private static final Pattern DESCR = Pattern.compile("['\"]descr['\"]\\s*:\\s*['\"]([^'\"]*)['\"]");
    private static final Pattern FORTRAN = Pattern.compile("['\"]fortran_order['\"]\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("['\"]shape['\"]\\s*:\\s*\\(([^)]*)\\)");

    private final int[] shape;
    private final float[] data;

    /** An array of {@code shape} holding {@code data} in C order (both copied). */
    public NpyArray(int[] shape, float[] data) {
        long size = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            size *= d;
        }
        if (size != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + size
                    + " values, got " + data.length);
        }
        this.shape = shape.clone();
        this.data = data.clone();
    }

    /** A 2-D array from rows of equal length. */
    public static NpyArray ofMatrix(float[][] rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        float[] flat = new float[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " values, row 0 has " + cols);
            }
            System.arraycopy(rows[r], 0, flat, r * cols, cols);
        }
        return new NpyArray(new int[] {rows.length, cols}, flat);
    }

    /** The shape (a copy). */
    public int[] shape() {
        return shape.clone();
    }

    /** The values in C order (a copy). */
    public float[] data() {
        return data.clone();
    }

    /** This 2-D array as rows; throws for another rank. */
    public float[][] toMatrix() {
        if (shape.length != 2) {
            throw new IllegalStateException("expected a 2-D array, shape is " + Arrays.toString(shape));
        }
        float[][] rows = new float[shape[0]][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = Arrays.copyOfRange(data, r * shape[1], (r + 1) * shape[1]);
        }
        return rows;
    }

    /** Parses a complete {@code .npy} stream. */
    public static NpyArray read(InputStream in) throws IOException {
        return parse(in.readAllBytes());
    }

    /** Parses {@code .npy} bytes. */
    public static NpyArray parse(byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 10 || !Arrays.equals(Arrays.copyOf(bytes, 6), MAGIC)) {
            throw new IOException("not an .npy array (bad magic)");
        }
        int major = bytes[6] & 0xff;
        buf.position(8);
        long headerLen = switch (major) {
            case 1 -> buf.getShort() & 0xffff;
            case 2, 3 -> buf.getInt() & 0xffffffffL;
            default -> throw new IOException("unsupported .npy version " + major + "." + (bytes[7] & 0xff));
        };
        int dataStart = buf.position() + (int) headerLen;
        if (headerLen > Integer.MAX_VALUE || dataStart > bytes.length) {
            throw new IOException(".npy header runs past the end of the data");
        }
        String header = new String(bytes, buf.position(), (int) headerLen,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        String descr = group(DESCR, header, "descr");
        boolean fortran = group(FORTRAN, header, "fortran_order").equals("True");
        int[] shape = parseShape(group(SHAPE, header, "shape"));
        long count = 1;
        for (int d : shape) {
            count *= d;
        }
        int itemSize = switch (descr) {
            case "<f4", ">f4" -> 4;
            case "<f8", ">f8" -> 8;
            default -> throw new IOException("unsupported .npy dtype '" + descr + "' (float32/float64 only)");
        };
        if (dataStart + count * itemSize > bytes.length) {
            throw new IOException(".npy data is truncated: shape " + Arrays.toString(shape) + " needs "
                    + count * itemSize + " bytes");
        }
        ByteBuffer values = ByteBuffer.wrap(bytes, dataStart, (int) (count * itemSize)).slice()
                .order(descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        float[] stored = new float[(int) count];
        for (int i = 0; i < stored.length; i++) {
            stored[i] = itemSize == 4 ? values.getFloat() : (float) values.getDouble();
        }
        return new NpyArray(shape, fortran ? fortranToC(stored, shape) : stored);
    }

    /** This array as {@code .npy} bytes: {@code <f4}, C order. */
    public byte[] toBytes() {
        String dims = Arrays.stream(shape).mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining(", "));
        String shapeText = shape.length == 1 ? "(" + dims + ",)" : "(" + dims + ")"; // Python tuple syntax
        StringBuilder dict = new StringBuilder("{'descr': '<f4', 'fortran_order': False, 'shape': ")
                .append(shapeText).append(", }");
        int prefixV1 = MAGIC.length + 2 + 2;
        boolean v2 = prefixV1 + dict.length() + 1 > 65535;
        int prefix = v2 ? MAGIC.length + 2 + 4 : prefixV1;
        int padded = ((prefix + dict.length() + 1 + ALIGN - 1) / ALIGN) * ALIGN;
        dict.append(" ".repeat(padded - prefix - dict.length() - 1)).append('\n');
        byte[] header = dict.toString().getBytes(StandardCharsets.ISO_8859_1);

        ByteArrayOutputStream out = new ByteArrayOutputStream(padded + data.length * 4);
        out.writeBytes(MAGIC);
        out.write(v2 ? 2 : 1);
        out.write(0);
        ByteBuffer len = ByteBuffer.allocate(v2 ? 4 : 2).order(ByteOrder.LITTLE_ENDIAN);
        if (v2) {
            len.putInt(header.length);
        } else {
            len.putShort((short) header.length);
        }
        out.writeBytes(len.array());
        out.writeBytes(header);
        ByteBuffer values = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : data) {
            values.putFloat(v);
        }
        out.writeBytes(values.array());
        return out.toByteArray();
    }

    private static String group(Pattern pattern, String header, String key) throws IOException {
        Matcher m = pattern.matcher(header);
        if (!m.find()) {
            throw new IOException(".npy header lacks '" + key + "': " + header.strip());
        }
        return m.group(1);
    }

    private static int[] parseShape(String text) throws IOException {
        String[] parts = text.split(",");
        int[] dims = new int[parts.length];
        int n = 0;
        for (String part : parts) {
            String p = part.strip().replaceAll("L$", ""); // Python 2 wrote long literals as 10L
            if (p.isEmpty()) {
                continue;
            }
            try {
                dims[n++] = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new IOException("bad .npy shape '(" + text + ")'", e);
            }
        }
        return Arrays.copyOf(dims, n);
    }

    /** Reorders column-major values into row-major order. */
    private static float[] fortranToC(float[] values, int[] shape) {
        int rank = shape.length;
        float[] out = new float[values.length];
        int[] index = new int[rank];
        for (int f = 0; f < values.length; f++) {
            int c = 0;
            for (int d = 0; d < rank; d++) {
                c = c * shape[d] + index[d];
            }
            out[c] = values[f];
            for (int d = 0; d < rank; d++) { // Fortran order: the first index varies fastest
                if (++index[d] < shape[d]) {
                    break;
                }
                index[d] = 0;
            }
        }
        return out;
    }
}

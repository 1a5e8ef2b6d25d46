package dev.ltl.eval.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * numpy's {@code .npz}: a zip archive of {@code <name>.npy} members, stored ({@code np.savez}) or deflated
 * ({@code np.savez_compressed}). Reading uses {@link ZipFile}, which understands the zip64 extra fields numpy
 * writes. Writes go through a temporary file and an atomic move, so a reader never sees half an archive.
 */
public final class NpzFile {

    private NpzFile() {
    }

    /** The arrays of {@code file} by member name without {@code .npy}, in archive order. */
    public static Map<String, NpyArray> read(Path file) throws IOException {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().endsWith(".npy")) {
                    continue;
                }
                String name = entry.getName().substring(0, entry.getName().length() - 4);
                try (InputStream in = zip.getInputStream(entry)) {
                    arrays.put(name, NpyArray.read(in));
                } catch (IOException e) {
                    throw new IOException(file + " member " + entry.getName() + ": " + e.getMessage(), e);
                }
            }
        }
        return arrays;
    }

    /** Writes {@code arrays} (name without {@code .npy}) to {@code file}, deflated when {@code compress}. */
    public static void write(Path file, Map<String, NpyArray> arrays, boolean compress) throws IOException {
        AtomicFiles.write(file, out -> writeZip(out, arrays, compress));
    }

    private static void writeZip(OutputStream target, Map<String, NpyArray> arrays, boolean compress)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target);
        for (Map.Entry<String, NpyArray> e : arrays.entrySet()) {
            byte[] bytes = e.getValue().toBytes();
            ZipEntry entry = new ZipEntry(e.getKey() + ".npy");
            entry.setTime(0); // reproducible archives
            if (compress) {
                entry.setMethod(ZipEntry.DEFLATED);
            } else {
                CRC32 crc = new CRC32();
                crc.update(bytes);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(bytes.length);
                entry.setCompressedSize(bytes.length);
                entry.setCrc(crc.getValue());
            }
            zip.putNextEntry(entry);
            zip.write(bytes);
            zip.closeEntry();
        }
        zip.finish();
    }
}

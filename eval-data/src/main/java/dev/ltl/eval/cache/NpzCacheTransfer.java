package dev.ltl.eval.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The reference cache format (§1.3, §6): one {@code <clip_id>.npz} per clip holding {@code res_<r>} arrays of shape
 * [10, D] float32, plus an optional sidecar {@code <clip_id>.json} {@code {"resolutions": [...]}}. Without a
 * sidecar the resolutions come from the array names. Reads reference caches, imports them into a
 * {@link FeatureCache}, and exports a {@link FeatureCache} back to that format (compressed, with sidecars).
 */
public final class NpzCacheTransfer {

    private static final String PREFIX = "res_";
    private static final ObjectMapper JSON = new ObjectMapper();

    private NpzCacheTransfer() {
    }

    /** What an import did. */
    public record ImportReport(int clips, int entriesWritten, int entriesAlreadyPresent) {
    }

    /** The clip ids of the {@code .npz} files in {@code dir}, sorted. */
    public static List<String> listClipIds(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".npz"))
                    .map(name -> name.substring(0, name.length() - 4))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The features of clip {@code clipId} in the reference cache {@code dir}, by resolution (ascending). */
    public static SortedMap<Integer, float[][]> readClip(Path dir, String clipId) throws IOException {
        Path npz = dir.resolve(clipId + ".npz");
        Map<String, NpyArray> arrays = NpzFile.read(npz);
        List<Integer> resolutions = sidecarResolutions(dir.resolve(clipId + ".json"));
        if (resolutions == null) {
            resolutions = new ArrayList<>();
            for (String name : arrays.keySet()) {
                if (name.startsWith(PREFIX)) {
                    resolutions.add(parseResolution(npz, name));
                }
            }
        }
        SortedMap<Integer, float[][]> byResolution = new TreeMap<>();
        for (int r : resolutions) {
            NpyArray array = arrays.get(PREFIX + r);
            if (array == null) {
                throw new IOException(npz + ": the sidecar lists resolution " + r + " but there is no " + PREFIX + r);
            }
            int[] shape = array.shape();
            if (shape.length != 2 || shape[0] != FeatureCache.NUM_SEGMENTS || shape[1] < 1) {
                throw new IOException(npz + ": " + PREFIX + r + " has shape " + Arrays.toString(shape)
                        + ", expected [" + FeatureCache.NUM_SEGMENTS + ", D]");
            }
            byResolution.put(r, array.toMatrix());
        }
        return byResolution;
    }

    /** Writes one clip in the reference format: {@code <clipId>.npz} (deflated) and its sidecar. */
    public static void writeClip(Path dir, String clipId, Map<Integer, float[][]> byResolution) throws IOException {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        new TreeMap<>(byResolution).forEach((r, features) -> arrays.put(PREFIX + r, NpyArray.ofMatrix(features)));
        NpzFile.write(dir.resolve(clipId + ".npz"), arrays, true);
        ObjectNode sidecar = JSON.createObjectNode();
        new TreeMap<>(byResolution).keySet().forEach(sidecar.putArray("resolutions")::add);
        AtomicFiles.write(dir.resolve(clipId + ".json"), JSON.writeValueAsBytes(sidecar));
    }

    /**
     * Imports every {@code .npz} of {@code dir} into {@code cache} (entries already present are kept as they are).
     * The cache's {@link ClipKeys} decides how the clips are addressed; {@link ClipKeys#clipId()} suits caches whose
     * videos are not at hand.
     */
    public static ImportReport importDir(Path dir, FeatureCache cache) throws IOException {
        int clips = 0;
        int written = 0;
        int present = 0;
        for (String clipId : listClipIds(dir)) {
            for (Map.Entry<Integer, float[][]> e : readClip(dir, clipId).entrySet()) {
                if (cache.contains(clipId, e.getKey())) {
                    present++;
                } else {
                    cache.put(clipId, e.getKey(), e.getValue());
                    written++;
                }
            }
            clips++;
        }
        return new ImportReport(clips, written, present);
    }

    /** Exports the given clips × resolutions of {@code cache} to {@code dir}; every entry must be present. */
    public static void exportDir(FeatureCache cache, Path dir, List<String> clipIds, List<Integer> resolutions)
            throws IOException {
        for (String clipId : clipIds) {
            Map<Integer, float[][]> byResolution = new TreeMap<>();
            for (int r : resolutions) {
                byResolution.put(r, cache.require(clipId, r));
            }
            writeClip(dir, clipId, byResolution);
        }
    }

    private static List<Integer> sidecarResolutions(Path sidecar) throws IOException {
        if (!Files.isRegularFile(sidecar)) {
            return null;
        }
        JsonNode node = JSON.readTree(sidecar.toFile()).get("resolutions");
        if (node == null || !node.isArray()) {
            throw new IOException(sidecar + ": expected {\"resolutions\": [...]}");
        }
        List<Integer> resolutions = new ArrayList<>();
        for (JsonNode r : node) {
            if (!r.canConvertToInt() || !r.isIntegralNumber()) {
                throw new IOException(sidecar + ": resolution '" + r + "' is not an integer");
            }
            resolutions.add(r.intValue());
        }
        return resolutions;
    }

    private static int parseResolution(Path npz, String name) throws IOException {
        try {
            return Integer.parseInt(name.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            throw new IOException(npz + ": array '" + name + "' does not name a resolution", e);
        }
    }
}

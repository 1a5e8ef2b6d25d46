package dev.ltl.eval.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A content-addressed, incremental store of per-second frame embeddings: one entry per (clip, backbone@version,
 * resolution, preprocessing version) holding a float[10][D] matrix.
 *
 * <p><b>Key.</b> An entry's key is the SHA-256 of (the clip's content key from {@link ClipKeys}, the backbone id,
 * the resolution, the preprocessing version). Change any of them and the old entries are simply not found.
 *
 * <p><b>Layout.</b> One {@code .npy} file per entry, {@code <root>/<backbone>/<prep>/<k0k1>/<key>.npy} (the
 * backbone and preprocessing names are only there to keep a directory per model browsable). One file per entry,
 * rather than one file per clip holding all resolutions, means no writer ever reads, modifies and rewrites another
 * writer's data, so concurrent writers (threads or processes) need no lock: each entry is written to a temporary
 * file and moved into place atomically, and readers see either no entry or a complete one.
 * {@link NpzCacheTransfer} converts to and from the reference's per-clip {@code .npz} files.
 */
public final class FeatureCache {

    /** Rows of every entry: one per second of the reference protocol. */
    public static final int NUM_SEGMENTS = 10;

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._@+-]");

    private final Path root;
    private final String backbone;
    private final String preprocessingVersion;
    private final ClipKeys clipKeys;
    private final Path dir;

    /**
     * A cache under {@code root} for one backbone.
     *
     * @param backbone             model name and version, e.g. {@code mobilenetv2-12-int8-dyn@1}
     * @param preprocessingVersion bump when resizing, normalisation or frame picking change
     * @param clipKeys             how clips are fingerprinted
     */
    public FeatureCache(Path root, String backbone, String preprocessingVersion, ClipKeys clipKeys) {
        this.root = Objects.requireNonNull(root, "root");
        this.backbone = requireText(backbone, "backbone");
        this.preprocessingVersion = requireText(preprocessingVersion, "preprocessingVersion");
        this.clipKeys = Objects.requireNonNull(clipKeys, "clipKeys");
        this.dir = root.resolve(safe(backbone)).resolve(safe(preprocessingVersion));
    }

    /** The root directory. */
    public Path root() {
        return root;
    }

    /** The backbone id (name@version). */
    public String backbone() {
        return backbone;
    }

    /** The preprocessing version. */
    public String preprocessingVersion() {
        return preprocessingVersion;
    }

    /** The content-addressed key (hex SHA-256) of one entry. */
    public String entryKey(String clipId, int resolution) {
        requireResolution(resolution);
        String material = clipKeys.contentKey(clipId) + "\n" + backbone + "\n" + resolution + "\n"
                + preprocessingVersion;
        return HexFormat.of().formatHex(ClipKeys.sha256().digest(material.getBytes(StandardCharsets.UTF_8)));
    }

    /** Where the entry is (or would be) stored. */
    public Path entryPath(String clipId, int resolution) {
        String key = entryKey(clipId, resolution);
        return dir.resolve(key.substring(0, 2)).resolve(key + ".npy");
    }

    /** Whether the entry exists. */
    public boolean contains(String clipId, int resolution) {
        return Files.isRegularFile(entryPath(clipId, resolution));
    }

    /** The entry's [10][D] features, or empty if it is absent. */
    public Optional<float[][]> get(String clipId, int resolution) {
        Path path = entryPath(clipId, resolution);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cache entry " + path + ": " + e.getMessage(), e);
        }
        try {
            NpyArray array = NpyArray.parse(bytes);
            int[] shape = array.shape();
            if (shape.length != 2 || shape[0] != NUM_SEGMENTS) {
                throw new IOException("expected shape [" + NUM_SEGMENTS + ", D], got " + Arrays.toString(shape));
            }
            return Optional.of(array.toMatrix());
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt cache entry " + path + " (clip " + clipId + ", r=" + resolution
                    + "): " + e.getMessage(), e);
        }
    }

    /** The entry's features; throws {@link IllegalStateException} if it is absent. */
    public float[][] require(String clipId, int resolution) {
        return get(clipId, resolution).orElseThrow(() -> new IllegalStateException(
                "feature cache has no entry for clip " + clipId + " at r=" + resolution + " (" + backbone + ")"));
    }

    /** Stores (or replaces) an entry; {@code features} must be [10][D], D ≥ 1, finite. Safe to call concurrently. */
    public void put(String clipId, int resolution, float[][] features) {
        validate(clipId, resolution, features);
        Path path = entryPath(clipId, resolution);
        try {
            AtomicFiles.write(path, NpyArray.ofMatrix(features).toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cache entry " + path + ": " + e.getMessage(), e);
        }
    }

    /** Whether every resolution of {@code clipId} is present. */
    public boolean containsAll(String clipId, List<Integer> resolutions) {
        return resolutions.stream().allMatch(r -> contains(clipId, r));
    }

    /** The entries still to compute, clip by clip in input order; clips with nothing missing are left out. */
    public List<Missing> missing(List<String> clipIds, List<Integer> resolutions) {
        List<Missing> out = new ArrayList<>();
        for (String clipId : clipIds) {
            List<Integer> absent = resolutions.stream().filter(r -> !contains(clipId, r)).toList();
            if (!absent.isEmpty()) {
                out.add(new Missing(clipId, absent));
            }
        }
        return out;
    }

    /** The resolutions a clip still lacks. */
    public record Missing(String clipId, List<Integer> resolutions) {
        public Missing {
            resolutions = List.copyOf(resolutions);
        }
    }

    private static void validate(String clipId, int resolution, float[][] features) {
        requireResolution(resolution);
        if (features.length != NUM_SEGMENTS) {
            throw new IllegalArgumentException("clip " + clipId + " r=" + resolution + ": expected " + NUM_SEGMENTS
                    + " rows, got " + features.length);
        }
        int dim = features[0].length;
        if (dim < 1) {
            throw new IllegalArgumentException("clip " + clipId + ": feature dimension must be >= 1");
        }
        for (int t = 0; t < features.length; t++) {
            if (features[t].length != dim) {
                throw new IllegalArgumentException("clip " + clipId + ": row " + t + " has " + features[t].length
                        + " values, row 0 has " + dim);
            }
            for (float v : features[t]) {
                if (!Float.isFinite(v)) {
                    throw new IllegalArgumentException("clip " + clipId + " r=" + resolution + ": non-finite value "
                            + v + " in row " + t);
                }
            }
        }
    }

    private static void requireResolution(int resolution) {
        if (resolution < 1) {
            throw new IllegalArgumentException("resolution must be positive, got " + resolution);
        }
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    private static String safe(String name) {
        return UNSAFE.matcher(name).replaceAll("_");
    }
}

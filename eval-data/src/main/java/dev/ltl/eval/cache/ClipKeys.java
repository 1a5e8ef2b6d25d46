package dev.ltl.eval.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * How the {@link FeatureCache} identifies a clip's content: the clip part of its content address.
 *
 * <ul>
 *   <li>{@link #mediaSha256}: the SHA-256 of the clip's media bytes. Renaming a clip keeps its features; replacing
 *   its video invalidates them. The hash of a file is remembered for as long as its size and modification time stay
 *   the same, so a run hashes each video once.</li>
 *   <li>{@link #clipId()}: the clip id itself, for caches imported from reference {@code .npz} files whose media is
 *   not at hand.</li>
 * </ul>
 */
@FunctionalInterface
public interface ClipKeys {

    /** The content key of {@code clipId}; throws if its media cannot be read. */
    String contentKey(String clipId);

    /** Content keys {@code "id:<clipId>"}. */
    static ClipKeys clipId() {
        return id -> "id:" + id;
    }

    /**
     * Content keys {@code "sha256:<hex of the media bytes>"}, the media of a clip being {@code mediaOf(clipId)}.
     * A clip without media (empty) is an error.
     */
    static ClipKeys mediaSha256(Function<String, Optional<Path>> mediaOf) {
        Map<String, String> memo = new ConcurrentHashMap<>();
        return id -> {
            Path media = mediaOf.apply(id).orElseThrow(
                    () -> new IllegalArgumentException("clip '" + id + "' has no media to fingerprint"));
            try {
                BasicFileAttributes attrs = Files.readAttributes(media, BasicFileAttributes.class);
                String stamp = media.toAbsolutePath() + "|" + attrs.size() + "|" + attrs.lastModifiedTime().toMillis();
                return memo.computeIfAbsent(stamp, s -> "sha256:" + sha256Of(media));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot fingerprint " + media + ": " + e.getMessage(), e);
            }
        };
    }

    /** Hex SHA-256 of a file's bytes. */
    static String sha256Of(Path file) {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A fresh SHA-256 digest (always available in the JDK). */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}

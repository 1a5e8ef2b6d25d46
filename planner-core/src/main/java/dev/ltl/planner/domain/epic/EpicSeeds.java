package dev.ltl.planner.domain.epic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The per-video seed of {@code epic_random}: the first 8 bytes of md5(video_id), little-endian, unsigned. */
public final class EpicSeeds {
    private EpicSeeds() {
    }

    /** The 64 seed bits (read them unsigned: the value can exceed {@code Long.MAX_VALUE}). */
    public static long videoSeed(String videoId) {
        byte[] digest = md5(videoId.getBytes(StandardCharsets.UTF_8));
        long bits = 0;
        for (int i = 7; i >= 0; i--) {
            bits = (bits << 8) | (digest[i] & 0xffL);
        }
        return bits;
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships MD5", e);
        }
    }
}

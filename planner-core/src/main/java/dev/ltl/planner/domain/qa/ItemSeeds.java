package dev.ltl.planner.domain.qa;

import dev.ltl.planner.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The reference's per-item seed (spec §1): {@code SEED + int(sha1("qid|video_id")[:8], 16)}, i.e.
 * the run seed plus the first 4 bytes of the key's SHA-1 read as an unsigned big-endian integer.
 */
public final class ItemSeeds {
    private ItemSeeds() {
    }

    /** The key the reference hashes: {@code qid + "|" + video_id}. */
    public static String key(String qid, String videoId) {
        return qid + "|" + videoId;
    }

    /**
     * The seed for one item. The key is hashed as UTF-8 (Python's default for {@code str.encode()}).
     *
     * @throws InvalidInputException ({@code seed}) when the sum leaves the 64-bit range
     */
    public static long perItemSeed(long seed, String key) {
        try {
            return Math.addExact(seed, keyHash(key));
        } catch (ArithmeticException overflow) {
            throw new InvalidInputException("seed", "seed " + seed + " plus the item hash of \"" + key
                    + "\" does not fit in 64 bits");
        }
    }

    /** int(sha1(key).hexdigest()[:8], 16): 0 … 2³² − 1. */
    static long keyHash(String key) {
        byte[] digest = sha1(key.getBytes(StandardCharsets.UTF_8));
        return ((digest[0] & 0xffL) << 24) | ((digest[1] & 0xffL) << 16) | ((digest[2] & 0xffL) << 8)
                | (digest[3] & 0xffL);
    }

    private static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-1 (MessageDigest's documented requirements).
            throw new IllegalStateException("SHA-1 is not available", e);
        }
    }
}

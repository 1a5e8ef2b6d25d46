package dev.ltl.eval.analysis;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The α floor of the degradation-accuracy grid (§5.11): an eval clip is forced to the uniform
 * plan iff u(clip) &lt; α, where u = the first 8 bytes (big-endian) of
 * SHA-1("alpha_fallback_v1:" + clip_id) divided by 2⁶⁴. α ≤ 0 forces none, α ≥ 1 forces all.
 * The floor check passes iff mean_anchored − α·mean_uniform ≥ −1e-8.
 */
public final class AlphaFallback {
    private static final String PREFIX = "alpha_fallback_v1:";
    private static final double TWO_POW_64 = 18446744073709551616.0;

    private AlphaFallback() {
    }

    /** u(clip) in [0, 1). */
    public static double u(String clipId) {
        byte[] digest = sha1((PREFIX + clipId).getBytes(StandardCharsets.UTF_8));
        // The unsigned 64-bit value, correctly rounded to a double like Python's int / int
        // (dividing by 2^64 is exact, so only the conversion rounds).
        double unsigned = new BigInteger(1, Arrays.copyOf(digest, 8)).doubleValue();
        return unsigned / TWO_POW_64;
    }

    /** Whether the clip is forced to the uniform plan at this α. */
    public static boolean forced(String clipId, double alpha) {
        if (alpha <= 0) {
            return false;
        }
        if (alpha >= 1) {
            return true;
        }
        return u(clipId) < alpha;
    }

    /** The floor rule: mean_anchored − α·mean_uniform ≥ −1e-8. */
    public static boolean floorHolds(double meanAnchored, double meanUniform, double alpha) {
        return margin(meanAnchored, meanUniform, alpha) >= -1e-8;
    }

    /** mean_anchored − α·mean_uniform. */
    public static double margin(double meanAnchored, double meanUniform, double alpha) {
        return meanAnchored - alpha * meanUniform;
    }

    private static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
    }
}

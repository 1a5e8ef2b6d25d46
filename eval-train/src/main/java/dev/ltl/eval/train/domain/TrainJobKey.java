package dev.ltl.eval.train.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identity of a training for deduplication: two jobs with equal keys produce the same result, so the
 * second reuses the first.
 *
 * @param featureIdentity the caller's identity of the feature <em>content</em> (e.g. a hash over the
 *     cache version, the per-clip plans of train and eval clips, the clip ids, the feature variant and
 *     the labels); this class cannot see the arrays cheaply, so the caller vouches for it
 * @param seed the training seed
 * @param head the head config, {@linkplain HeadConfig#canonical() canonicalised}
 * @param optimizer the optimiser config
 * @param numClasses the class count
 */
public record TrainJobKey(String featureIdentity, long seed, HeadConfig head, OptimizerConfig optimizer, int numClasses) {

    public TrainJobKey {
        if (featureIdentity == null || featureIdentity.isBlank()) {
            throw new IllegalArgumentException("feature identity is required");
        }
        head = head.canonical();
    }

    /** The key of {@code job} when its features are identified by {@code featureIdentity}. */
    public static TrainJobKey of(String featureIdentity, TrainJob job) {
        return new TrainJobKey(featureIdentity, job.seed(), job.head(), job.optimizer(), job.numClasses());
    }

    /** Whether {@code job} has this key's seed, head, optimiser and class count. */
    public boolean describes(TrainJob job) {
        return seed == job.seed()
                && head.equals(job.head().canonical())
                && optimizer.equals(job.optimizer())
                && numClasses == job.numClasses();
    }

    /** A stable SHA-256 hex digest of the key, for persisting or logging. */
    public String digest() {
        String text = String.join("|",
                featureIdentity,
                Long.toString(seed),
                head.kind().configName(),
                Integer.toString(head.hiddenDim()),
                Float.toString(head.dropout()),
                Integer.toString(head.kernelSize()),
                Integer.toString(optimizer.epochs()),
                Integer.toString(optimizer.batchSize()),
                Float.toString(optimizer.learningRate()),
                Float.toString(optimizer.weightDecay()),
                Integer.toString(numClasses));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available on the JDK", e);
        }
    }
}

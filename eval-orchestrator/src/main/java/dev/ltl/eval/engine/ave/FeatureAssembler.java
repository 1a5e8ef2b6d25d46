package dev.ltl.eval.engine.ave;

import dev.ltl.eval.engine.ave.Baselines.FeatureVariant;
import dev.ltl.proto.planner.v1.PlanResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Builds the per-second training tensors of reference §4.2: x_i = cache[r_i][i] for the planned
 * resolution r_i, plus (r_i − base)/base with {@code res_feature = scalar}, plus the raw Stage-1
 * score ({@code audio_concat_*}) or the 10 basic audio features ({@code audio_feat_concat_*}).
 * No normalisation, as the reference.
 */
public final class FeatureAssembler {
    private final FeatureTable table;
    private final AveData data;
    private final Map<String, float[][]> basicAudioFeatures;

    /** @param basicAudioFeatures clip id → [N][10], needed only for audio_feat_concat baselines (may be empty) */
    public FeatureAssembler(FeatureTable table, AveData data, Map<String, float[][]> basicAudioFeatures) {
        this.table = table;
        this.data = data;
        this.basicAudioFeatures = basicAudioFeatures;
    }

    public float[][][] assemble(List<String> ids, Map<String, PlanResponse> plans, FeatureVariant variant,
                                boolean scalarResFeature, int baseRes) {
        int n = data.numSeconds();
        int extra = (scalarResFeature ? 1 : 0) + switch (variant) {
            case PLAIN -> 0;
            case AUDIO_CONCAT -> 1;
            case AUDIO_FEAT_CONCAT -> 10;
        };
        int dim = table.dim() + extra;
        float[][][] x = new float[ids.size()][n][dim];
        for (int c = 0; c < ids.size(); c++) {
            String id = ids.get(c);
            PlanResponse plan = plans.get(id);
            double[] scores = data.scores().get(id);
            float[][] audio = variant == FeatureVariant.AUDIO_FEAT_CONCAT ? basicAudioFeatures.get(id) : null;
            if (variant == FeatureVariant.AUDIO_FEAT_CONCAT && audio == null) {
                throw new IllegalStateException("no basic audio features for clip '" + id + "'");
            }
            for (int t = 0; t < n; t++) {
                int r = plan.getResolutions(t);
                float[] embedding = table.get(id, r, t);
                System.arraycopy(embedding, 0, x[c][t], 0, embedding.length);
                int at = embedding.length;
                if (scalarResFeature) {
                    x[c][t][at++] = (float) ((r - baseRes) / (double) baseRes);
                }
                if (variant == FeatureVariant.AUDIO_CONCAT) {
                    x[c][t][at] = (float) (t < scores.length ? scores[t] : 0.0);
                } else if (variant == FeatureVariant.AUDIO_FEAT_CONCAT) {
                    System.arraycopy(audio[t], 0, x[c][t], at, 10);
                }
            }
        }
        return x;
    }

    /**
     * Identity of the tensors a training would see: equal identities mean identical inputs, so the
     * training can be shared (e.g. the uniform baseline across sweep candidates).
     */
    public static String identity(String backbone, List<String> ids, Map<String, PlanResponse> plans,
                                  FeatureVariant variant, boolean scalarResFeature, int baseRes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((backbone + "|" + variant + "|" + scalarResFeature + "|" + baseRes).getBytes(StandardCharsets.UTF_8));
            for (String id : ids) {
                digest.update(id.getBytes(StandardCharsets.UTF_8));
                for (int r : plans.get(id).getResolutionsList()) {
                    digest.update((byte) (r >> 8));
                    digest.update((byte) r);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

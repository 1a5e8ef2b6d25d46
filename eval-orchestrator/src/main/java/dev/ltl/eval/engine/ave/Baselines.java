package dev.ltl.eval.engine.ave;

import dev.ltl.proto.planner.v1.Baseline;
import java.util.List;

/**
 * The downstream baselines of reference §4.1 and how each is planned and featurised.
 * {@code audio_concat_X} / {@code audio_feat_concat_X} use the plans of X and append audio
 * features to each second's embedding.
 */
public final class Baselines {
    public static final String UNIFORM = "uniform";
    public static final String UNIFORM_LOW = "uniform_low";
    public static final String RANDOM = "random_top2";
    public static final String ANCHORED = "anchored_top2";
    public static final String ORACLE = "oracle_top2";
    /**
     * Not a planner baseline (reference §4.1): the anchored_top2 plans of a second run whose
     * Stage-1 scores are eventness-svc's frame_diff scores. [AMBIG] The config's gate thresholds,
     * tuned on the audio score scale, are applied unchanged to these small-valued scores (as the
     * reference does), so cheap_visual can fall back to uniform almost always.
     */
    public static final String CHEAP_VISUAL = "cheap_visual";
    public static final List<String> ALL = List.of(UNIFORM, UNIFORM_LOW, RANDOM, ANCHORED, ORACLE, CHEAP_VISUAL,
            "audio_concat_uniform", "audio_concat_anchored_top2",
            "audio_feat_concat_uniform", "audio_feat_concat_anchored_top2");
    /** What a sweep candidate runs (reference §5.2). */
    public static final List<String> SWEEP = List.of(UNIFORM, RANDOM, ANCHORED);

    private Baselines() {
    }

    /** How a baseline's per-second vector is extended. */
    public enum FeatureVariant { PLAIN, AUDIO_CONCAT, AUDIO_FEAT_CONCAT }

    public static void requireKnown(String baseline) {
        if (!ALL.contains(baseline)) {
            throw new IllegalArgumentException("unknown baseline '" + baseline + "'; one of " + ALL);
        }
    }

    /** The baseline whose plans this one uses (strips the audio prefixes; cheap_visual plans as anchored). */
    public static String planBaseline(String baseline) {
        if (CHEAP_VISUAL.equals(baseline)) {
            return ANCHORED;
        }
        if (baseline.startsWith("audio_feat_concat_")) {
            return baseline.substring("audio_feat_concat_".length());
        }
        if (baseline.startsWith("audio_concat_")) {
            return baseline.substring("audio_concat_".length());
        }
        return baseline;
    }

    /** Whether the baseline plans from the cheap visual (frame_diff) scores instead of the run's Stage-1 scores. */
    public static boolean usesCheapVisualScores(String baseline) {
        return CHEAP_VISUAL.equals(baseline);
    }

    public static FeatureVariant variant(String baseline) {
        if (baseline.startsWith("audio_feat_concat_")) {
            return FeatureVariant.AUDIO_FEAT_CONCAT;
        }
        return baseline.startsWith("audio_concat_") ? FeatureVariant.AUDIO_CONCAT : FeatureVariant.PLAIN;
    }

    /** The planner-svc baseline of a plan baseline. */
    public static Baseline plannerBaseline(String planBaseline) {
        return switch (planBaseline) {
            case UNIFORM -> Baseline.BASELINE_UNIFORM;
            case UNIFORM_LOW -> Baseline.BASELINE_UNIFORM_LOW;
            case RANDOM -> Baseline.BASELINE_RANDOM;
            case ANCHORED -> Baseline.BASELINE_ANCHORED;
            case ORACLE -> Baseline.BASELINE_ORACLE;
            default -> throw new IllegalArgumentException("no plans for baseline '" + planBaseline + "'");
        };
    }
}

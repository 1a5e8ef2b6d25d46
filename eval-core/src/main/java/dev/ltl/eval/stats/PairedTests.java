package dev.ltl.eval.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code paired_ttest} block of {@code metrics.json} (reference §5.1): one {t, p} per key,
 * present only when both baselines of the key ran, with the first-named baseline as y.
 */
public final class PairedTests {
    /** A reference key and its (y, x) baselines. */
    public record Comparison(String key, String y, String x) {
    }

    /** The reference keys in the reference order. */
    public static final List<Comparison> COMPARISONS = List.of(
            new Comparison("anchored_vs_uniform", "anchored_top2", "uniform"),
            new Comparison("anchored_vs_random", "anchored_top2", "random_top2"),
            new Comparison("anchored_vs_audio_concat_uniform", "anchored_top2", "audio_concat_uniform"),
            new Comparison("anchored_vs_audio_feat_concat_uniform", "anchored_top2", "audio_feat_concat_uniform"),
            new Comparison("oracle_vs_uniform", "oracle_top2", "uniform"),
            new Comparison("audio_concat_anchored_vs_audio_concat_uniform",
                    "audio_concat_anchored_top2", "audio_concat_uniform"),
            new Comparison("audio_concat_anchored_vs_anchored", "audio_concat_anchored_top2", "anchored_top2"),
            new Comparison("audio_feat_concat_anchored_vs_audio_feat_concat_uniform",
                    "audio_feat_concat_anchored_top2", "audio_feat_concat_uniform"),
            new Comparison("audio_feat_concat_anchored_vs_anchored",
                    "audio_feat_concat_anchored_top2", "anchored_top2"));

    private PairedTests() {
    }

    /**
     * Runs every applicable comparison.
     *
     * @param valAccBySeed per baseline, its {@code val_acc} per seed (same seed order for all)
     * @return key → result in reference order, or null with fewer than 2 seeds (the reference's
     *         {@code "paired_ttest": null})
     */
    public static Map<String, TTestResult> forBaselines(Map<String, double[]> valAccBySeed) {
        Map<String, TTestResult> out = new LinkedHashMap<>();
        for (Comparison c : COMPARISONS) {
            double[] y = valAccBySeed.get(c.y());
            double[] x = valAccBySeed.get(c.x());
            if (y == null || x == null) {
                continue;
            }
            TTestResult result = PairedTTest.test(y, x);
            if (result == null) {
                return null; // fewer than 2 seeds (or a NaN): the whole block is null
            }
            out.put(c.key(), result);
        }
        return out;
    }
}

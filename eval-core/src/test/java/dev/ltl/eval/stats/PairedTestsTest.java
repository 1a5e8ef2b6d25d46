package dev.ltl.eval.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairedTestsTest {

    @Test
    void keysArePresentOnlyWhenBothBaselinesRan() {
        Map<String, double[]> acc = new LinkedHashMap<>();
        acc.put("uniform", new double[] {0.70, 0.71, 0.715});
        acc.put("random_top2", new double[] {0.69, 0.70, 0.70});
        acc.put("anchored_top2", new double[] {0.71, 0.73, 0.72});
        Map<String, TTestResult> tests = PairedTests.forBaselines(acc);
        assertThat(tests).containsOnlyKeys("anchored_vs_uniform", "anchored_vs_random");
        assertThat(tests.keySet()).containsExactly("anchored_vs_uniform", "anchored_vs_random");
        // anchored is y: the same numbers as ttest_rel(anchored, uniform) in PairedTTestTest
        assertThat(tests.get("anchored_vs_uniform").t()).isCloseTo(2.6457513110645903, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void allNineKeysWithEveryBaseline() {
        Map<String, double[]> acc = new LinkedHashMap<>();
        String[] baselines = {"uniform", "random_top2", "anchored_top2", "oracle_top2", "audio_concat_uniform",
            "audio_concat_anchored_top2", "audio_feat_concat_uniform", "audio_feat_concat_anchored_top2"};
        for (int i = 0; i < baselines.length; i++) {
            acc.put(baselines[i], new double[] {0.6 + 0.01 * i, 0.62 + 0.013 * i, 0.61 + 0.007 * i});
        }
        assertThat(PairedTests.forBaselines(acc).keySet()).containsExactly(
                "anchored_vs_uniform", "anchored_vs_random", "anchored_vs_audio_concat_uniform",
                "anchored_vs_audio_feat_concat_uniform", "oracle_vs_uniform",
                "audio_concat_anchored_vs_audio_concat_uniform", "audio_concat_anchored_vs_anchored",
                "audio_feat_concat_anchored_vs_audio_feat_concat_uniform", "audio_feat_concat_anchored_vs_anchored");
    }

    @Test
    void oneSeedGivesNullBlock() {
        Map<String, double[]> acc = Map.of("uniform", new double[] {0.7}, "anchored_top2", new double[] {0.72});
        assertThat(PairedTests.forBaselines(acc)).isNull();
    }
}

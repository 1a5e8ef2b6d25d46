package dev.ltl.vlm.domain.qwen;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QwenVisionConfigTest {

    @Test
    void qwen2vlIsThePublishedPreprocessorConfig() {
        QwenVisionConfig c = QwenVisionConfig.qwen2vl();
        assertThat(c.patchSize()).isEqualTo(14);
        assertThat(c.mergeSize()).isEqualTo(2);
        assertThat(c.temporalPatchSize()).isEqualTo(2);
        assertThat(c.minPixels()).isEqualTo(3136);
        assertThat(c.maxPixels()).isEqualTo(12_845_056);
        assertThat(c.mean()).containsExactly(0.48145466f, 0.4578275f, 0.40821073f);
        assertThat(c.std()).containsExactly(0.26862954f, 0.26130258f, 0.27577711f);
    }

    @Test
    void qwen3vlMatchesVovnet() {
        QwenVisionConfig c = QwenVisionConfig.qwen3vl();
        assertThat(c.patchSize()).isEqualTo(16);
        assertThat(c.minPixels()).isEqualTo(65_536);
        assertThat(c.maxPixels()).isEqualTo(16_777_216);
        assertThat(c.mean()).containsExactly(0.5f, 0.5f, 0.5f);
        assertThat(c.std()).containsExactly(0.5f, 0.5f, 0.5f);
    }

    @Test
    void arraysAreCopiedAndComparedByValue() {
        float[] mean = {0.1f, 0.2f, 0.3f};
        QwenVisionConfig c = new QwenVisionConfig(14, 2, 2, 1, 10, mean, new float[] {1, 1, 1});
        mean[0] = 9;
        c.mean()[1] = 9;
        assertThat(c.mean()).containsExactly(0.1f, 0.2f, 0.3f);
        assertThat(c).isEqualTo(new QwenVisionConfig(14, 2, 2, 1, 10, new float[] {0.1f, 0.2f, 0.3f},
                new float[] {1, 1, 1}));
        assertThat(c.withPixelBounds(2, 20).maxPixels()).isEqualTo(20);
    }

    @Test
    void rejectsInvalidValues() {
        float[] ones = {1, 1, 1};
        assertThatThrownBy(() -> new QwenVisionConfig(0, 2, 2, 1, 10, ones, ones)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QwenVisionConfig(14, 2, 2, 10, 1, ones, ones)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QwenVisionConfig(14, 2, 2, 1, 10, new float[] {1}, ones))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QwenVisionConfig(14, 2, 2, 1, 10, ones, new float[] {1, 0, 1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

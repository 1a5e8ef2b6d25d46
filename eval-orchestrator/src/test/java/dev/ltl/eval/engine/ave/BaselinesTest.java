package dev.ltl.eval.engine.ave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.proto.planner.v1.Baseline;
import org.junit.jupiter.api.Test;

class BaselinesTest {
    @Test
    void cheapVisualIsKnownAndPlansAsAnchoredFromFrameDiffScores() {
        Baselines.requireKnown(Baselines.CHEAP_VISUAL);
        assertThat(Baselines.planBaseline("cheap_visual")).isEqualTo("anchored_top2");
        assertThat(Baselines.plannerBaseline(Baselines.planBaseline("cheap_visual"))).isEqualTo(Baseline.BASELINE_ANCHORED);
        assertThat(Baselines.usesCheapVisualScores("cheap_visual")).isTrue();
        assertThat(Baselines.usesCheapVisualScores("anchored_top2")).isFalse();
        assertThat(Baselines.variant("cheap_visual")).isEqualTo(Baselines.FeatureVariant.PLAIN);
    }

    @Test
    void audioVariantsPlanAsTheirBaseBaseline() {
        assertThat(Baselines.planBaseline("audio_feat_concat_anchored_top2")).isEqualTo("anchored_top2");
        assertThat(Baselines.variant("audio_feat_concat_anchored_top2"))
                .isEqualTo(Baselines.FeatureVariant.AUDIO_FEAT_CONCAT);
        assertThat(Baselines.planBaseline("audio_concat_uniform")).isEqualTo("uniform");
        assertThat(Baselines.variant("audio_concat_uniform")).isEqualTo(Baselines.FeatureVariant.AUDIO_CONCAT);
    }

    @Test
    void unknownBaselinesAreRejected() {
        assertThatThrownBy(() -> Baselines.requireKnown("cheap_visual_top2")).hasMessageContaining("unknown baseline");
    }
}

package dev.ltl.planner.domain.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The fused base and the Q-L2L score of spec §2, on a hand-computed 5-second example. */
class QaSignalsTest {
    static final double[] AUDIO = {0, 1, 2, 3, 4};
    static final double[] VISUAL = {4, 0, 0, 0, 0};

    @Test
    void fusedBaseIsTheMinMaxOfTheElementWiseMaxOfBothNormalisedSignals() {
        // audio_norm = [0, .25, .5, .75, 1], vis_norm = [1, 0, 0, 0, 0] → max = [1, .25, .5, .75, 1]
        // → minmax = [1, 0, 1/3, 2/3, 1]
        assertThat(QaSignals.fusedBase(AUDIO, VISUAL))
                .containsExactly(new double[] {1, 0, 1.0 / 3, 2.0 / 3, 1}, within(1e-15));
    }

    @Test
    void queryRelevanceModulatesTheBaseBetweenHalfAndFullWeight() {
        double[] base = QaSignals.fusedBase(AUDIO, VISUAL);
        // rel already in [0, 1]: base·(0.5 + 0.5·rel) = [1, 0, 1/6, 1/2, 0.625]; min 0, max 1
        double[] score = QaSignals.ql2lScore(base, new double[] {1, 0, 0, 0.5, 0.25});
        assertThat(score).containsExactly(new double[] {1, 0, 1.0 / 6, 0.5, 0.625}, within(1e-15));
    }

    @Test
    void rawRelevanceIsMinMaxNormalisedFirst() {
        double[] base = QaSignals.fusedBase(AUDIO, VISUAL);
        // [AMBIG] choice: raw cosines in [-0.2, 0.2] behave like [0, 1]
        assertThat(QaSignals.ql2lScore(base, new double[] {0.2, -0.2, -0.2, 0.0, -0.1}))
                .containsExactly(new double[] {1, 0, 1.0 / 6, 0.5, 0.625}, within(1e-15));
    }

    @Test
    void withoutARelevanceSignalTheScoreIsTheBase() {
        double[] base = QaSignals.fusedBase(AUDIO, VISUAL);
        assertThat(QaSignals.ql2lScore(base, new double[] {0, 0, 0, 0, 0})).containsExactly(base);
        // constant relevance normalises to all zeros too
        assertThat(QaSignals.ql2lScore(base, new double[] {3, 3, 3, 3, 3})).containsExactly(base);
    }

    @Test
    void theScoreDrivenMethodsRunTheMixtureOnTheirSignal() {
        assertThat(QaSelectors.audio(AUDIO, 2)).isEqualTo(QaSelectors.mixture(QaSignals.audioNorm(AUDIO), 2));
        assertThat(QaSelectors.cheapVisual(VISUAL, 2)).isEqualTo(QaSelectors.mixture(QaSignals.visNorm(VISUAL), 2));
        assertThat(QaSelectors.fused(AUDIO, VISUAL, 2))
                .isEqualTo(QaSelectors.mixture(QaSignals.fusedBase(AUDIO, VISUAL), 2));
        // audio_norm = [0, .25, .5, .75, 1]: q̄ = 0.75 − 0.25 = 0.5, α = 0.35, n_back = round(0.7) = 1
        // → background [2]; anchor 4 → expansion 4, 3 → anchor seconds [4].
        QaSelection audio = QaSelectors.audio(AUDIO, 2);
        assertThat(audio.backgroundSeconds()).containsExactly(2);
        assertThat(audio.anchorSeconds()).containsExactly(4);
        assertThat(audio.selectedSeconds()).containsExactly(2, 4);
    }
}

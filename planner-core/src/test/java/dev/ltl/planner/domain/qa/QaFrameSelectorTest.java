package dev.ltl.planner.domain.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.planner.domain.InvalidInputException;
import dev.ltl.planner.domain.MissingInputException;
import dev.ltl.planner.domain.PlanningException;
import org.junit.jupiter.api.Test;

/** Request validation (errors name the field) and dispatch to the right selector. */
class QaFrameSelectorTest {
    private final QaFrameSelector selector = new QaFrameSelector();

    private static QaSelectionRequest request(String method, int numSeconds, Integer budget, double[] audio,
                                              double[] visual, double[] relevance, double[] scores) {
        return new QaSelectionRequest(QaMethod.fromWire(method), numSeconds, budget, 0, null, audio, visual,
                relevance, scores);
    }

    @Test
    void takesTFromTheVectorsWhenNumSecondsIsUnset() {
        QaSelectionResult result = selector.select(request("uniform", 0, 3, null, null, null, new double[10]));
        assertThat(result.numSeconds()).isEqualTo(10);
        assertThat(result.selection().selectedSeconds()).containsExactly(0, 4, 9);
    }

    @Test
    void dispatchesEveryMethodToItsSelector() {
        double[] a = QaSignalsTest.AUDIO;
        double[] v = QaSignalsTest.VISUAL;
        double[] rel = {1, 0, 0, 0.5, 0.25};
        assertThat(selector.select(request("text_only", 0, null, null, null, null, null)).selection())
                .isEqualTo(QaSelectors.textOnly());
        assertThat(selector.select(request("audio", 0, 2, a, v, null, null)).selection())
                .isEqualTo(QaSelectors.audio(a, 2));
        assertThat(selector.select(request("cheap_visual", 0, 2, a, v, null, null)).selection())
                .isEqualTo(QaSelectors.cheapVisual(v, 2));
        assertThat(selector.select(request("fused", 0, 2, a, v, null, null)).selection())
                .isEqualTo(QaSelectors.fused(a, v, 2));
        for (String ql2l : new String[] {"ql2l_clap", "ql2l_asr_bm25", "ql2l_clip", "ql2l_text"}) {
            assertThat(selector.select(request(ql2l, 0, 2, a, v, rel, null)).selection())
                    .isEqualTo(QaSelectors.queryAware(a, v, rel, 2));
        }
        assertThat(selector.select(request("mixture", 0, 4, null, null, null, MixtureSelectorTest.SCORES))
                .selection().selectedSeconds()).containsExactly(0, 1, 2, 5);
        assertThat(selector.select(request("random", 10, 3, null, null, null, null)).selection()
                .selectedSeconds()).containsExactly(0, 6, 9);
    }

    @Test
    void randomUsesThePerItemSeedWhenAKeyIsGiven() {
        QaSelectionResult result = selector.select(new QaSelectionRequest(QaMethod.RANDOM, 120, 16, 0, "q1|vid1",
                null, null, null, null));
        assertThat(result.seedUsed()).isEqualTo(2_498_171_883L);
        assertThat(result.selection().selectedSeconds())
                .containsExactly(12, 20, 24, 25, 29, 34, 44, 55, 59, 65, 66, 85, 92, 96, 104, 117);
        assertThat(selector.select(new QaSelectionRequest(QaMethod.RANDOM, 120, 16, 5, "", null, null, null, null))
                .seedUsed()).isEqualTo(5);
    }

    @Test
    void rejectsBadValuesNamingTheField() {
        expect(InvalidInputException.class, "budget_frames", request("uniform", 10, -1, null, null, null, null));
        expect(InvalidInputException.class, "budget_frames", request("uniform", 10, null, null, null, null, null));
        expect(InvalidInputException.class, "num_seconds", request("uniform", -3, 2, null, null, null, null));
        expect(InvalidInputException.class, "num_seconds", request("random", 0, 2, null, null, null, null));
        expect(InvalidInputException.class, "scores",
                request("mixture", 0, 2, null, null, null, new double[] {0.1, Double.NaN}));
        expect(InvalidInputException.class, "visual_scores",
                request("fused", 0, 2, new double[] {1, 2, 3}, new double[] {1, 2}, null, null));
        expect(InvalidInputException.class, "audio_scores",
                request("audio", 4, 2, new double[] {1, 2, 3}, null, null, null));
        assertThatThrownBy(() -> QaMethod.fromWire("Uniform")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("method"));
    }

    @Test
    void aMissingInputOfTheMethodIsAMissingInputNamingIt() {
        expect(MissingInputException.class, "relevance",
                request("ql2l_clip", 0, 2, new double[] {1, 2}, new double[] {2, 1}, null, null));
        expect(MissingInputException.class, "visual_scores", request("fused", 0, 2, new double[] {1, 2}, null, null, null));
        expect(MissingInputException.class, "scores", request("mixture", 0, 2, new double[] {1, 2}, null, null, null));
    }

    private void expect(Class<? extends PlanningException> type, String field, QaSelectionRequest request) {
        assertThatThrownBy(() -> selector.select(request)).isInstanceOfSatisfying(type,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}

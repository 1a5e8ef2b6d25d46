package dev.ltl.eval.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltl.eval.qa.QaPrediction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerBreakdownTest {

    private static QaPrediction row(String qid, Map<String, Object> timings, String error) {
        return new QaPrediction(qid, "v", "uniform", 4, 10, List.of(), List.of(), List.of(), null, null, 0, 0, true,
                false, List.of(), timings, Map.of(), error, Map.of());
    }

    @Test
    void summarisesEachPhaseOverTheAnsweredRows() {
        List<QaPrediction> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rows.add(row("q" + i, Map.of("vlm_preprocess_s", 0.1 * i, "vlm_prefill_s", 1.0, "vlm_decode_s", 0.0),
                    null));
        }
        rows.add(row("failed", Map.of("select_s", 0.2), "answer INVALID_ARGUMENT: x"));
        Map<String, Map<String, Object>> breakdown = AnswerBreakdown.of(rows);
        assertThat(breakdown.keySet()).containsExactly("vlm_preprocess_s", "vlm_prefill_s", "vlm_decode_s");
        Map<String, Object> preprocess = breakdown.get("vlm_preprocess_s");
        assertThat(preprocess.get("n")).isEqualTo(10);
        assertThat((double) preprocess.get("mean")).isCloseTo(0.55, org.assertj.core.data.Offset.offset(1e-12));
        // nearest rank: p50 of 10 values is the 5th, p90 the 9th, p99 the 10th
        assertThat((double) preprocess.get("p50")).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat((double) preprocess.get("p90")).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-12));
        assertThat((double) preprocess.get("p99")).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(breakdown.get("vlm_prefill_s").get("p90")).isEqualTo(1.0);
    }

    @Test
    void noAnsweredRowsGiveAnEmptyBreakdown() {
        assertThat(AnswerBreakdown.of(List.of())).isEmpty();
    }
}

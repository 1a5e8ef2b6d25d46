package dev.ltl.eval.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small row builders for the QA tests. */
final class QaRows {
    private QaRows() {
    }

    /** A valid row: correct → predIdx = answerIdx = 1, wrong → predIdx 0. */
    static QaPrediction row(String qid, String method, boolean correct) {
        return row(qid, method, correct, null, Map.of());
    }

    static QaPrediction row(String qid, String method, boolean correct, Double qBar, Map<String, String> meta) {
        return new QaPrediction(qid, "vid_" + qid, method, 4, 30, List.of(1, 10, 20, 29), List.of(), List.of(),
                null, qBar, correct ? 1 : 0, 1, correct, false, List.of(-1.5, -0.2, -3.0),
                Map.of("total_s", 0.5), Map.of("vision_tokens", 256, "prompt_tokens", 300), null, meta);
    }

    /** An invalid (unreadable answer) row. */
    static QaPrediction invalid(String qid, String method) {
        return new QaPrediction(qid, "vid_" + qid, method, 4, 30, List.of(), List.of(), List.of(), null, null,
                -1, 1, false, true, List.of(), Map.of(), Map.of(), null, Map.of());
    }

    /** One row per (qid, method) from a correctness matrix: correct[method][item]. */
    static List<QaPrediction> matrix(List<String> methods, boolean[][] correct) {
        List<QaPrediction> rows = new ArrayList<>();
        for (int m = 0; m < methods.size(); m++) {
            for (int i = 0; i < correct[m].length; i++) {
                rows.add(row(String.format("q%03d", i), methods.get(m), correct[m][i]));
            }
        }
        return rows;
    }
}

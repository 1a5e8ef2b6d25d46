package dev.ltl.eval.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltl.eval.artifacts.ArtifactJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaithfulnessTest {

    @Test
    void deletedScheduleKeepsTheBackgroundAndFillsWithUniformSeconds() {
        // uniform_seconds(10, 4) = [0, 3, 6, 9]
        assertThat(DeletedSchedule.of(10, 4, List.of(1, 5))).containsExactly(0, 1, 3, 5);
        assertThat(DeletedSchedule.of(10, 4, List.of(0, 9))).containsExactly(0, 3, 6, 9);
        assertThat(DeletedSchedule.of(10, 4, List.of(9, 0, 6))).containsExactly(0, 3, 6, 9);
        // uniform_seconds(30, 6) = round(i·29/5) = [0, 6, 12, 17, 23, 29]; background [0, 15, 29]
        assertThat(DeletedSchedule.of(30, 6, List.of(0, 15, 29))).containsExactly(0, 6, 12, 15, 17, 29);
        assertThat(DeletedSchedule.of(30, 6, List.of())).containsExactly(0, 6, 12, 17, 23, 29);
    }

    @Test
    void deletedScheduleEdgeCases() {
        assertThat(DeletedSchedule.of(5, 8, List.of(2))).containsExactly(0, 1, 2, 3, 4);
        assertThat(DeletedSchedule.of(9, 1, List.of())).containsExactly(4);
        assertThat(DeletedSchedule.of(9, 1, List.of(7))).containsExactly(7);
        assertThat(DeletedSchedule.of(9, 0, List.of())).isEmpty();
        assertThatThrownBy(() -> DeletedSchedule.of(5, 2, List.of(5))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowDerivesCorrectnessAndChange() {
        FaithfulnessRow same = row("q1", 2, 2, 2);
        assertThat(same.correct()).isTrue();
        assertThat(same.correctDeleted()).isTrue();
        assertThat(same.predChanged()).isFalse();
        FaithfulnessRow toInvalid = row("q2", 1, -1, 1);
        assertThat(toInvalid.correct()).isTrue();
        assertThat(toInvalid.correctDeleted()).isFalse();
        assertThat(toInvalid.invalidDeleted()).isTrue();
        assertThat(toInvalid.predChanged()).isTrue();
        FaithfulnessRow failed = new FaithfulnessRow("q3", "v", "ql2l_clap", 4, 30, null, null, null, null, 1, 1, 1,
                true, true, false, false, false, "vlm unavailable");
        assertThat(failed.correct() || failed.correctDeleted()).isFalse();
        assertThat(failed.invalid() && failed.invalidDeleted()).isTrue();
        assertThat(failed.predIdx()).isEqualTo(-1);
    }

    @Test
    void reportComputesTheSpecRates(@TempDir Path dir) throws Exception {
        List<FaithfulnessRow> rows = List.of(
                row("q1", 2, 2, 2),   // correct both
                row("q2", 1, 0, 1),   // correct → wrong, changed
                row("q3", 0, -1, 1),  // wrong → invalid, changed
                row("q4", -1, 3, 3)); // invalid → correct, changed
        FaithfulnessReport r = FaithfulnessReport.compute(rows);
        assertThat(r.n()).isEqualTo(4);
        assertThat(r.methods()).containsExactly("ql2l_clap");
        assertThat(r.accuracy()).isEqualTo(0.5);
        assertThat(r.accuracyDeleted()).isEqualTo(0.5);
        assertThat(r.accDrop()).isEqualTo(0.0);
        assertThat(r.invalidRate()).isEqualTo(0.25);
        assertThat(r.invalidRateDeleted()).isEqualTo(0.25);
        assertThat(r.predChangeRate()).isEqualTo(0.75);
        FaithfulnessReport drop = FaithfulnessReport.compute(List.of(row("a", 1, 0, 1), row("b", 1, 1, 1),
                row("c", 0, 0, 1)));
        assertThat(drop.accDrop()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(FaithfulnessReport.compute(List.of()).accuracy()).isNaN();

        Path file = dir.resolve(FaithfulnessReport.FILE_NAME);
        r.write(file);
        JsonNode tree = ArtifactJson.mapper().readTree(file.toFile());
        List<String> keys = new ArrayList<>();
        tree.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("methods", "n", "accuracy", "accuracy_deleted", "acc_drop", "invalid_rate",
                "invalid_rate_deleted", "pred_change_rate");
    }

    @Test
    void rowsJsonlStreamsAndResumes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(FaithfulnessRowsJsonl.FILE_NAME);
        Map<String, Object> config = Map.of("method", "ql2l_clap", "budget_frames", 4);
        try (FaithfulnessRowsJsonl.Writer w = FaithfulnessRowsJsonl.open(file, config)) {
            w.append(row("q1", 2, 2, 2));
        }
        Files.writeString(file, "{\"qid\":\"q2\",", StandardOpenOption.APPEND);
        try (FaithfulnessRowsJsonl.Writer w = FaithfulnessRowsJsonl.open(file, config)) {
            assertThat(w.doneKeys()).containsExactly("q1|ql2l_clap");
            w.append(row("q2", 0, 1, 1));
        }
        assertThat(FaithfulnessRowsJsonl.read(file)).containsExactly(row("q1", 2, 2, 2), row("q2", 0, 1, 1));
        assertThat(Files.readAllLines(file).get(1)).startsWith("{\"qid\":\"q1\",\"video_id\":\"v\",\"method\":"
                + "\"ql2l_clap\",\"budget_frames\":4,\"duration_seconds\":10,\"selected_seconds\":[1,2,5,9],"
                + "\"anchor_seconds\":[2],\"background_seconds\":[5,9],\"deleted_seconds\":[0,3,5,9],\"pred_idx\":2,"
                + "\"pred_idx_deleted\":2,\"answer_idx\":2,\"correct\":true,\"correct_deleted\":true,\"invalid\":false,"
                + "\"invalid_deleted\":false,\"pred_changed\":false");
        assertThatThrownBy(() -> FaithfulnessRowsJsonl.open(file, Map.of("method", "audio", "budget_frames", 4)))
                .isInstanceOf(ConfigMismatchException.class).hasMessageContaining("method");
    }

    private static FaithfulnessRow row(String qid, int pred, int predDeleted, int answer) {
        return FaithfulnessRow.of(qid, "v", "ql2l_clap", 4, 10, List.of(1, 2, 5, 9), List.of(2), List.of(5, 9),
                DeletedSchedule.of(10, 4, List.of(5, 9)), pred, predDeleted, answer);
    }
}

package dev.ltl.eval.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventnessScoresFileTest {

    @TempDir
    Path tmp;

    @Test
    void scoreCacheRoundTripsWithTheReferenceKeys() throws IOException {
        Map<String, double[]> scores = new LinkedHashMap<>();
        scores.put("b", new double[] {-10.5, -3.25, 0, 1e-9, -0.0, 2, 3, 4, 5, 6});
        scores.put("a", new double[] {Double.NaN, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        Path file = tmp.resolve(EventnessScoresFile.FILE_NAME);
        EventnessScoresFile.write(file, new EventnessScores("energy", 10, scores));

        JsonNode json = new ObjectMapper().readTree(Files.readString(file).replace("NaN", "null"));
        assertThat(json.get("ok").asBoolean()).isTrue();
        assertThat(json.get("eventness_method").asText()).isEqualTo("energy");
        assertThat(json.get("num_segments").asInt()).isEqualTo(10);
        assertThat(Files.readString(file)).contains("NaN").doesNotContain("\"NaN\"");

        EventnessScores back = EventnessScoresFile.read(file);
        assertThat(back.method()).isEqualTo("energy");
        assertThat(back.scores().keySet()).containsExactly("b", "a");
        assertThat(back.scoresOf("b")).containsExactly(scores.get("b"));
        assertThat(back.scoresOf("a")[0]).isNaN();
    }

    @Test
    void readsAPythonWrittenScoreCache() throws IOException {
        Path file = tmp.resolve("eventness_scores.json");
        Files.writeString(file, "{\"ok\": true, \"eventness_method\": \"energy_stride_max\", \"num_segments\": 10, "
                + "\"scores\": {\"x\": [-9.1, -8.0, -7.5, NaN, -Infinity, 0.5, 1, 2, 3, 4]}}");
        EventnessScores scores = EventnessScoresFile.read(file);
        assertThat(scores.method()).isEqualTo("energy_stride_max");
        assertThat(scores.scoresOf("x")[4]).isEqualTo(Double.NEGATIVE_INFINITY);

        Files.writeString(file, "{\"ok\": false, \"eventness_method\": \"energy\", \"num_segments\": 10, \"scores\": {}}");
        assertThatThrownBy(() -> EventnessScoresFile.read(file)).hasMessageContaining("ok");
    }

    @Test
    void externalScoresAreWrappedOrPlainAndTruncatedToTen() throws IOException {
        Path wrapped = tmp.resolve("psp.json");
        Files.writeString(wrapped, "{\"scores\": {\"a\": [0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1.0,1.1,1.2]}}");
        Path plain = tmp.resolve("cace.json");
        Files.writeString(plain, "{\"a\": [0.5, 0.25], \"b\": [1,2,3,4,5,6,7,8,9,10]}");

        Map<String, double[]> w = EventnessScoresFile.readExternal(wrapped, 10);
        assertThat(w.get("a")).hasSize(10).endsWith(1.0);
        Map<String, double[]> p = EventnessScoresFile.readExternal(plain, 10);
        assertThat(p.keySet()).containsExactly("a", "b");
        assertThat(p.get("a")).containsExactly(0.5, 0.25); // shorter lists are kept as they are

        Files.writeString(plain, "{\"a\": [0.5, \"x\"]}");
        assertThatThrownBy(() -> EventnessScoresFile.readExternal(plain, 10)).hasMessageContaining("not a number");
    }

    @Test
    void missingIdsAndMergingSupportIncrementalFilling() {
        EventnessScores scores = EventnessScores.empty("energy", 10).withScores(Map.of("a", new double[10]));
        assertThat(scores.missingIds(List.of("a", "b", "c", "b"))).containsExactly("b", "c");
        EventnessScores more = scores.withScores(Map.of("b", new double[10]));
        assertThat(more.missingIds(List.of("a", "b"))).isEmpty();
        assertThat(scores.missingIds(List.of("b"))).containsExactly("b"); // immutable
    }
}

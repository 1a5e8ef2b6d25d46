package dev.ltl.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltl.cli.json.InvalidLineException;
import dev.ltl.cli.json.JsonLines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanConfigsTest {

    @Test
    void lineKeysOverrideDefaultsAndOtherDefaultsStay() throws Exception {
        ObjectNode defaults = JsonLines.readObject("{\"k\":2,\"low_res\":160,\"high_res\":352}");
        ObjectNode line = JsonLines.readObject("{\"k\":5,\"anchor_shift\":1}");

        Optional<ObjectNode> merged = PlanConfigs.merge(Optional.of(defaults), Optional.of(line));

        assertThat(merged).hasValueSatisfying(config -> assertThat(JsonLines.write(config))
                .isEqualTo("{\"k\":5,\"low_res\":160,\"high_res\":352,\"anchor_shift\":1}"));
        assertThat(defaults.get("k").asInt()).as("the shared default is not mutated").isEqualTo(2);
    }

    @Test
    void aNestedLineValueReplacesTheDefaultWholesale() throws Exception {
        ObjectNode defaults = JsonLines.readObject("{\"triad\":{\"a\":1,\"b\":2}}");
        ObjectNode line = JsonLines.readObject("{\"triad\":{\"a\":9}}");

        assertThat(PlanConfigs.merge(Optional.of(defaults), Optional.of(line)).map(JsonLines::write))
                .hasValue("{\"triad\":{\"a\":9}}");
    }

    @Test
    void noDefaultAndNoLineConfigMeansNoConfig() throws Exception {
        ObjectNode line = JsonLines.readObject("{\"k\":1}");

        assertThat(PlanConfigs.merge(Optional.empty(), Optional.empty())).isEmpty();
        assertThat(PlanConfigs.merge(Optional.empty(), Optional.of(line))).containsSame(line);
    }

    @Test
    void loadsAPrettyPrintedConfigFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("best_config.json"), "{\n  \"k\": 2,\n  \"std_thr\": 1.0\n}\n");

        assertThat(PlanConfigs.load(file).get("std_thr").asDouble()).isEqualTo(1.0);
    }

    @Test
    void rejectsAConfigFileThatIsNotAnObject(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("c.json"), "[1,2]");

        assertThatThrownBy(() -> PlanConfigs.load(file)).isInstanceOf(InvalidLineException.class);
    }
}

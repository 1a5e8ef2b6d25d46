package dev.ltl.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.cli.json.InvalidLineException;
import dev.ltl.proto.planner.v1.Baseline;
import org.junit.jupiter.api.Test;

class BaselinesTest {

    @Test
    void mapsEveryDocumentedName() throws Exception {
        assertThat(Baselines.parse("anchored")).isEqualTo(Baseline.BASELINE_ANCHORED);
        assertThat(Baselines.parse("uniform")).isEqualTo(Baseline.BASELINE_UNIFORM);
        assertThat(Baselines.parse("uniform_low")).isEqualTo(Baseline.BASELINE_UNIFORM_LOW);
        assertThat(Baselines.parse("random")).isEqualTo(Baseline.BASELINE_RANDOM);
        assertThat(Baselines.parse("oracle")).isEqualTo(Baseline.BASELINE_ORACLE);
    }

    @Test
    void ignoresCase() throws Exception {
        assertThat(Baselines.parse("Uniform_Low")).isEqualTo(Baseline.BASELINE_UNIFORM_LOW);
    }

    @Test
    void rejectsUnknownNamesAndTheUnspecifiedValue() {
        assertThatThrownBy(() -> Baselines.parse("best")).isInstanceOf(InvalidLineException.class)
                .hasMessageContaining("anchored, uniform, uniform_low, random, oracle");
        assertThatThrownBy(() -> Baselines.parse("unspecified")).isInstanceOf(InvalidLineException.class);
    }
}

package dev.ltl.eval.engine.epic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ltl.eval.epic.EpicMethodMetrics;
import dev.ltl.eval.epic.EpicSeedMetrics;
import dev.ltl.eval.train.domain.MultiLabelConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evaluation's pure parts: Δ mAP vs uniform and option validation. */
class EpicEvaluationTest {

    @Test
    void deltasAreMeanMapMinusUniformsAndEmptyWithoutUniform() {
        Map<String, EpicMethodMetrics> methods = new LinkedHashMap<>();
        methods.put("uniform", EpicMethodMetrics.of(List.of(new EpicSeedMetrics(0, 0.30, 0.1)), 1960));
        methods.put("audio_anchored", EpicMethodMetrics.of(List.of(new EpicSeedMetrics(0, 0.40, 0.2)), 1960));
        assertThat(EpicEvaluation.deltas(methods).get("audio_anchored")).isCloseTo(0.10, within(1e-12));
        assertThat(EpicEvaluation.deltas(methods).get("uniform")).isZero();
        methods.remove("uniform");
        assertThat(EpicEvaluation.deltas(methods)).isEmpty();
    }

    @Test
    void optionsRejectUnknownMethodsAndEmptySeeds() {
        assertThatThrownBy(() -> options(List.of("uniform", "topk"), List.of(0L))).hasMessageContaining("topk");
        assertThatThrownBy(() -> options(List.of("uniform"), List.of())).hasMessageContaining("seed");
        assertThat(options(EpicOptions.ALL_METHODS, List.of(0L, 1L)).methods()).hasSize(4);
    }

    private static EpicOptions options(List<String> methods, List<Long> seeds) {
        Path p = Path.of("x");
        return new EpicOptions(p, p, null, null, p, p, p, methods, 120, 120, seeds, MultiLabelConfig.reference(),
                "b", "energy", 0, 0, "a:1", "b:2", "c:3", 1);
    }
}

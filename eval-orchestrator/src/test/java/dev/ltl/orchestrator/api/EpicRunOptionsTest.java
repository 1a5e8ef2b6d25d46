package dev.ltl.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.eval.engine.epic.EpicOptions;
import dev.ltl.proto.orchestrator.v1.RunKind;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EpicRunOptionsTest {
    private final RunOptionsMapper mapper = new RunOptionsMapper(Path.of("/srv/ltl"));

    private static Map<String, Object> options() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("epic", "/data/epic");
        options.put("out", "/runs/epic");
        return options;
    }

    @Test
    void epicEvalTakesTheCliNamesAndTheReferenceDefaults() {
        RunSpec.EpicEval spec = (RunSpec.EpicEval) mapper.map(RunKind.RUN_KIND_EPIC_EVAL, "e", options());
        EpicOptions o = spec.options();
        assertThat(spec.outDir()).isEqualTo(Path.of("/runs/epic"));
        assertThat(o.trainCsv()).isEqualTo(Path.of("/data/epic/EPIC_Sounds_train.csv"));
        assertThat(o.valCsv()).isEqualTo(Path.of("/data/epic/EPIC_Sounds_validation.csv"));
        assertThat(o.videosDir()).isEqualTo(Path.of("/data/epic/videos"));
        assertThat(o.cacheDir()).isEqualTo(Path.of("/runs/feature-cache"));
        assertThat(o.methods()).containsExactly("uniform", "random", "audio_anchored", "oracle");
        assertThat(o.maxSteps()).isEqualTo(120);
        assertThat(o.seeds()).containsExactly(0L, 1L, 2L);
        assertThat(o.training().epochs()).isEqualTo(10);
        assertThat(o.training().batchSize()).isEqualTo(16);
    }

    @Test
    void epicEvalReadsItsOptions() {
        Map<String, Object> options = options();
        options.put("max_steps", 60);
        options.put("seeds", List.of(4, 5));
        options.put("methods", List.of("uniform", "audio_anchored"));
        options.put("epochs", 2);
        options.put("vlm", "vlm:9");
        EpicOptions o = ((RunSpec.EpicEval) mapper.map(RunKind.RUN_KIND_EPIC_EVAL, "e", options)).options();
        assertThat(o.maxSteps()).isEqualTo(60);
        assertThat(o.seeds()).containsExactly(4L, 5L);
        assertThat(o.methods()).containsExactly("uniform", "audio_anchored");
        assertThat(o.training().epochs()).isEqualTo(2);
        assertThat(o.vlmTarget()).isEqualTo("vlm:9");
    }

    @Test
    void badEpicOptionsNameTheOption() {
        Map<String, Object> noData = new LinkedHashMap<>(Map.of("out", "/runs/epic"));
        assertThatThrownBy(() -> mapper.map(RunKind.RUN_KIND_EPIC_EVAL, "e", noData))
                .isInstanceOf(InvalidRunOptionException.class).hasMessageContaining("epic");
        Map<String, Object> badMethod = options();
        badMethod.put("methods", List.of("uniform", "loudest"));
        assertThatThrownBy(() -> mapper.map(RunKind.RUN_KIND_EPIC_EVAL, "e", badMethod))
                .isInstanceOf(InvalidRunOptionException.class).hasMessageContaining("loudest");
        Map<String, Object> typo = options();
        typo.put("max_step", 60);
        assertThatThrownBy(() -> mapper.map(RunKind.RUN_KIND_EPIC_EVAL, "e", typo))
                .isInstanceOf(InvalidRunOptionException.class).hasMessageContaining("max_step");
    }
}

package dev.ltl.eval.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QaEvalConfigTest {

    static QaEvalConfig config(List<String> methods, int concurrency, String eventness) {
        return new QaEvalConfig("jsonl", Path.of("/data/q.jsonl"), null, null, null, Path.of("/data/videos"), null,
                Path.of("/cache"), methods, 8, 120, "letter_likelihood", 3, 0, "tiny-qwen-vl",
                QaEvalConfig.ImageSize.of(224, null), concurrency, true, 1, 300,
                new QaEvalConfig.ServiceTargets(eventness, "p:2", "v:3"));
    }

    @Test
    void uniformIsAlwaysIncludedFirstAndMethodsAreDeduplicated() {
        assertThat(config(List.of("audio", "uniform", "random", "audio"), 1, "e:1").methods())
                .containsExactly("uniform", "audio", "random");
        assertThat(config(List.of(), 1, "e:1").methods()).containsExactly("uniform");
    }

    @Test
    void runConfigLeavesOutWhatDoesNotChangeResults() {
        QaEvalConfig a = config(List.of("audio"), 1, "e:1");
        QaEvalConfig b = config(List.of("audio"), 8, "elsewhere:9");
        assertThat(a.runConfig()).isEqualTo(b.runConfig());
        assertThat(a.runConfig()).containsEntry("budget_frames", 8).containsEntry("image_size", "resolution=224")
                .containsEntry("methods", List.of("uniform", "audio")).doesNotContainKeys("concurrency", "targets");
        assertThat(config(List.of("audio", "fused"), 1, "e:1").runConfig()).isNotEqualTo(a.runConfig());
    }

    @Test
    void framesDefaultToQwensVideoFramePixelBudget() {
        assertThat(QaEvalConfig.ImageSize.of(null, null).maxPixels()).isEqualTo(602_112L);
        assertThat(QaEvalConfig.ImageSize.of(null, null).resolution()).isNull();
    }

    @Test
    void transcriptsDefaultToTheWordsDirectoryBesideTheVideos() {
        assertThat(config(List.of(), 1, "e:1").effectiveTranscriptDir()).isEqualTo(Path.of("/data/words"));
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> QaEvalConfig.ImageSize.of(224, 1000L)).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> new QaEvalConfig("jsonl", Path.of("a"), null, null, null, Path.of("v"), null, Path.of("c"),
                List.of(), 8, 120, "ppl", 0, 0, "m", null, 1, false, 1, 300, QaEvalConfig.ServiceTargets.LOCAL))
                .hasMessageContaining("strategy");
        assertThatThrownBy(() -> config(List.of(), 0, "e:1")).hasMessageContaining("concurrency");
    }
}

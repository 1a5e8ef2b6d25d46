package dev.ltl.vlm.onnx.qwen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltl.common.models.ModelEntry;
import dev.ltl.common.models.ModelRepository;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A VLM directory sits in the same layered repository as the backbones: its model.yaml parses strictly. */
class TinyVlmRepositoryTest {

    @Test
    void exportedVlmResolvesThroughTheModelRepository(@TempDir Path root) throws Exception {
        TinyQwenVlExporter.export(root.resolve("tiny-qwen-vl").resolve("1"), 7L, "tiny-qwen-vl", "1");

        List<ModelEntry> entries = new ModelRepository(List.of(root)).list();

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo("tiny-qwen-vl@1");
            assertThat(entry.spec().runtime()).isEqualTo(QwenModelConfig.RUNTIME);
            assertThat(entry.spec().vlm()).containsEntry("decoder", "decoder_model_merged.onnx");
            assertThat(entry.hasModelFile()).isTrue();
        });
    }
}

package dev.ltl.vlm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.ltl.proto.common.v1.ModelState;
import dev.ltl.vlm.infra.AnswerModels;
import dev.ltl.vlm.infra.ServedAnswerModel;
import dev.ltl.vlm.infra.VlmConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which VLMs AnswerModels finds and how it reports the ones it cannot serve (no model is actually run). */
class AnswerModelsTest {
    @TempDir
    Path tmp;

    private static void yaml(Path root, String name, String body) throws Exception {
        Path dir = Files.createDirectories(root.resolve(name).resolve("1"));
        Files.writeString(dir.resolve("model.yaml"), body);
    }

    private AnswerModels models(Path root, Optional<List<String>> listed, Map<String, VlmConfig.OpenAiBackend> backends) {
        TestVlmConfig.Vlm config = TestVlmConfig.vlm().withAnswer(
                new TestVlmConfig.AnswerSettings(listed, 1, 1, 4, 1), backends);
        AnswerModels models = new AnswerModels(config, new TestVlmConfig.Models(List.of(root.toString()), 1),
                AnswerModels.onnxLoader(1), name -> null);
        models.load();
        return models;
    }

    @Test
    void discoversOnlyAnswerModelsAndRejectsUnknownRuntimes() throws Exception {
        Path root = tmp.resolve("models");
        yaml(root, "backbone", "name: backbone\ntask: image-embedding\n");
        yaml(root, "odd-vlm", "name: odd-vlm\ntask: answer\nruntime: llama-cpp\n");
        yaml(root, "missing-graphs", "name: missing-graphs\ntask: vlm-answer\nruntime: onnx-qwen-vl\ndevice: cuda\n");

        AnswerModels models = models(root, Optional.empty(), Map.of());

        assertThat(models.all()).extracting(ServedAnswerModel::id, ServedAnswerModel::runtime, m -> m.status().getState())
                .containsExactly(
                        tuple("missing-graphs@1", "onnx-qwen-vl", ModelState.MODEL_STATE_FAILED),
                        tuple("odd-vlm@1", "llama-cpp", ModelState.MODEL_STATE_FAILED));
        assertThat(models.find("odd-vlm", "").orElseThrow().status().getMessage()).contains("unsupported VLM runtime 'llama-cpp'");
        assertThat(models.find("backbone", "")).isEmpty();
    }

    @Test
    void listedModelsThatAreAbsentOrNotVlmsAreNotReadyWithTheReason() throws Exception {
        Path root = tmp.resolve("models");
        yaml(root, "backbone", "name: backbone\ntask: image-embedding\n");

        AnswerModels models = models(root, Optional.of(List.of("backbone@1", "absent")), Map.of());

        assertThat(models.all()).extracting(ServedAnswerModel::id, m -> m.status().getState())
                .containsExactly(tuple("backbone@1", ModelState.MODEL_STATE_NOT_READY),
                        tuple("absent@1", ModelState.MODEL_STATE_NOT_READY));
        assertThat(models.all().get(0).status().getMessage()).contains("does not declare an answer task");
        assertThat(models.all().get(1).status().getMessage()).contains("no absent/1/model.yaml");
    }

    @Test
    void backendsAreReadyWhenConfiguredAndFailedWhenMisconfigured() {
        Map<String, VlmConfig.OpenAiBackend> backends = new java.util.TreeMap<>(Map.of(
                "good", new TestVlmConfig.Backend("http://vllm:8000", "Qwen/Qwen2-VL-2B-Instruct", Optional.empty(),
                        Duration.ofSeconds(5), 8, "JPEG"),
                "bad-format", new TestVlmConfig.Backend("http://vllm:8000", "m", Optional.empty(), Duration.ofSeconds(5), 8, "gif"),
                "bad-url", new TestVlmConfig.Backend("vllm-without-scheme", "m", Optional.empty(), Duration.ofSeconds(5), 8, "png")));

        AnswerModels models = models(tmp.resolve("empty"), Optional.empty(), backends);

        assertThat(models.all()).extracting(ServedAnswerModel::name, m -> m.status().getState())
                .containsExactly(tuple("bad-format", ModelState.MODEL_STATE_FAILED), tuple("bad-url", ModelState.MODEL_STATE_FAILED),
                        tuple("good", ModelState.MODEL_STATE_READY));
        assertThat(models.find("good", "Qwen/Qwen2-VL-2B-Instruct").orElseThrow().status().getDevice()).isEqualTo("vllm:8000");
        assertThat(models.find("bad-format", "").orElseThrow().status().getMessage()).contains("png or jpeg");
        models.close();
    }
}

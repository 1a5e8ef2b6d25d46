package dev.ltl.vlm.api;

import dev.ltl.vlm.infra.MediaConfig;
import dev.ltl.vlm.infra.ModelRepositoryConfig;
import dev.ltl.vlm.infra.VlmConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plain-Java configuration for in-process tests: the project's descriptors over the shared weights. */
final class TestVlmConfig {
    private TestVlmConfig() {
    }

    record Vlm(List<String> models, int maxEmbeddingsPerRequest, int maxResolution, int workerThreads,
               int inferenceThreads, int streamConcurrency, Optional<Integer> maxBatch,
               Optional<Long> maxQueueDelayUs, VlmConfig.Answer answer,
               Map<String, VlmConfig.OpenAiBackend> openaiBackends) implements VlmConfig {

        /** Embed settings only: Answer with its defaults and no HTTP backends. */
        Vlm(List<String> models, int maxEmbeddingsPerRequest, int maxResolution, int workerThreads,
            int inferenceThreads, int streamConcurrency, Optional<Integer> maxBatch, Optional<Long> maxQueueDelayUs) {
            this(models, maxEmbeddingsPerRequest, maxResolution, workerThreads, inferenceThreads, streamConcurrency,
                    maxBatch, maxQueueDelayUs, new AnswerSettings(Optional.empty(), 1, 32, 64, 2), Map.of());
        }

        Vlm withBatching(int batch, long delayUs) {
            return new Vlm(models, maxEmbeddingsPerRequest, maxResolution, workerThreads, inferenceThreads,
                    streamConcurrency, Optional.of(batch), Optional.of(delayUs), answer, openaiBackends);
        }

        Vlm withAnswer(VlmConfig.Answer answerSettings, Map<String, VlmConfig.OpenAiBackend> backends) {
            return new Vlm(models, maxEmbeddingsPerRequest, maxResolution, workerThreads, inferenceThreads,
                    streamConcurrency, maxBatch, maxQueueDelayUs, answerSettings, backends);
        }
    }

    record AnswerSettings(Optional<List<String>> models, int maxConcurrency, int maxQueue, int maxImages,
                          int streamConcurrency) implements VlmConfig.Answer {
    }

    record Backend(String baseUrl, String servedModel, Optional<String> apiKeyEnv, Duration timeout, int maxImages,
                   String imageFormat) implements VlmConfig.OpenAiBackend {
    }

    record Models(List<String> roots, int intraOpThreads) implements ModelRepositoryConfig {
    }

    record Media(Optional<List<String>> allowedRoots) implements MediaConfig {
    }

    static Path sharedDir() {
        return Path.of(System.getProperty("ltl.shared.dir", "../../shared"));
    }

    static boolean realModelsPresent() {
        return java.nio.file.Files.isRegularFile(sharedDir().resolve("models/mobilenetv2-12-int8-dyn/1/model.onnx"))
                && java.nio.file.Files.isRegularFile(sharedDir().resolve("models/mobilenetv2-12-int8/1/model.onnx"));
    }

    /** The two real MobileNets plus a CLIP descriptor without weights (NOT_READY); at most 12 embeddings. */
    static Vlm vlm() {
        return new Vlm(List.of("mobilenetv2-12-int8-dyn@1", "mobilenetv2-12-int8@1", "clip-vit-b16@1"), 12, 1024,
                2, 1, 2, Optional.empty(), Optional.empty());
    }

    static ModelRepositoryConfig models(Path extraRoot) {
        return new Models(List.of("../models", sharedDir().resolve("models").toString(), extraRoot.toString()), 1);
    }

    static MediaConfig anyMedia() {
        return new Media(Optional.empty());
    }
}

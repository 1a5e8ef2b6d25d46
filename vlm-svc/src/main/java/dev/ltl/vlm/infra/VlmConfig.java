package dev.ltl.vlm.infra;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed configuration of vlm-svc ({@code ltl.vlm.*}). */
@ConfigMapping(prefix = "ltl.vlm")
public interface VlmConfig {

    /** Backbones to serve, as {@code name@version}; each needs a model.yaml in the repository. */
    List<String> models();

    /** Cap on images × resolutions in one Embed request (RESOURCE_EXHAUSTED above it). */
    @WithDefault("128")
    int maxEmbeddingsPerRequest();

    /** Largest resolution r a request may ask for. */
    @WithDefault("1024")
    int maxResolution();

    /** Threads that decode and preprocess requests. */
    @WithDefault("2")
    int workerThreads();

    /** Threads that run ONNX Runtime batches (each batch also uses ltl.models.intra-op-threads). */
    @WithDefault("1")
    int inferenceThreads();

    /** EmbedStream requests handled concurrently per stream (answers still come back in order). */
    @WithDefault("2")
    int streamConcurrency();

    /** Overrides every model's batching.max_batch (e.g. 1 to switch batching off). */
    Optional<Integer> maxBatch();

    /** Overrides every model's batching.max_queue_delay_us. */
    Optional<Long> maxQueueDelayUs();

    /** Answer (vision-language model) serving: {@code ltl.vlm.answer.*}. */
    Answer answer();

    /**
     * OpenAI-compatible servers served by Answer under a name:
     * {@code ltl.vlm.openai-backends.<name>.base-url / served-model / api-key-env / timeout}.
     */
    Map<String, OpenAiBackend> openaiBackends();

    /** Which VLMs Answer serves and how much Answer work may run and wait at once. */
    interface Answer {
        /**
         * Repository VLMs to serve, as {@code name@version}; when unset, every repository model whose
         * model.yaml says {@code task: answer}.
         */
        Optional<List<String>> models();

        /** Answer requests computed at once (each may use the model's own threads). */
        @WithDefault("1")
        int maxConcurrency();

        /** Answer requests that may wait for a slot; beyond that RESOURCE_EXHAUSTED. */
        @WithDefault("32")
        int maxQueue();

        /** Most images one Answer request may carry (after expanding video seconds). */
        @WithDefault("64")
        int maxImages();

        /** AnswerStream requests handled concurrently per stream (answers still come back in order). */
        @WithDefault("2")
        int streamConcurrency();
    }

    /** One OpenAI-compatible chat-completions server (vLLM, SGLang, ...). */
    interface OpenAiBackend {
        /** Server root, e.g. {@code http://gpu-box:8000}. */
        String baseUrl();

        /** Model name the server expects in requests, e.g. {@code Qwen/Qwen2-VL-2B-Instruct}. */
        String servedModel();

        /** Environment variable holding the API key (keys never go into config files). */
        Optional<String> apiKeyEnv();

        @WithDefault("120s")
        Duration timeout();

        @WithDefault("32")
        int maxImages();

        /** png (lossless) or jpeg. */
        @WithDefault("png")
        String imageFormat();
    }
}

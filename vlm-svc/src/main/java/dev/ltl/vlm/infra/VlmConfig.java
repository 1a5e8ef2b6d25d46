package dev.ltl.vlm.infra;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
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
}

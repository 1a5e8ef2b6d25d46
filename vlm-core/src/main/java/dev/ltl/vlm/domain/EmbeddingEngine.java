package dev.ltl.vlm.domain;

import dev.ltl.common.media.RgbImage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * One served backbone: preprocessing plus one {@link DynamicBatcher} per fed input size. Images that reach
 * the network at the same size share batches whoever sent them; for a fixed-size backbone that means every
 * requested resolution shares one queue, since all are fed at the input size. Thread-safe.
 */
public final class EmbeddingEngine implements AutoCloseable {
    private final BackboneSpec spec;
    private final Backbone backbone;
    private final ImagePreprocessor preprocessor;
    private final Executor runner;
    private final DelayScheduler scheduler;
    private final LongSupplier nanoClock;
    private final Map<Integer, DynamicBatcher<float[], float[]>> batchersBySide = new ConcurrentHashMap<>();

    /**
     * @param runner    where batches run (ONNX Runtime calls)
     * @param scheduler arms the max-queue-delay deadlines
     * @param nanoClock time source for queue and inference durations
     */
    public EmbeddingEngine(BackboneSpec spec, Backbone backbone, Executor runner, DelayScheduler scheduler,
                           LongSupplier nanoClock) {
        this.spec = spec;
        this.backbone = backbone;
        this.preprocessor = new ImagePreprocessor(spec.preprocessing(), spec.tokens());
        this.runner = runner;
        this.scheduler = scheduler;
        this.nanoClock = nanoClock;
    }

    public BackboneSpec spec() {
        return spec;
    }

    /** Preprocesses one frame at resolution r (see {@link ImagePreprocessor}). */
    public PreparedImage prepare(RgbImage image, int resolution) {
        return preprocessor.prepare(image, resolution);
    }

    /**
     * Queues prepared images for embedding; images of one call that share a fed size are enqueued together.
     *
     * @return one future per image, in input order
     */
    public List<CompletableFuture<BatchedResult<float[]>>> embed(List<PreparedImage> images) {
        Map<Integer, List<Integer>> indicesBySide = new LinkedHashMap<>();
        for (int i = 0; i < images.size(); i++) {
            indicesBySide.computeIfAbsent(images.get(i).fedSize(), side -> new ArrayList<>()).add(i);
        }
        List<CompletableFuture<BatchedResult<float[]>>> futures = new ArrayList<>(images.size());
        for (int i = 0; i < images.size(); i++) {
            futures.add(null);
        }
        for (Map.Entry<Integer, List<Integer>> group : indicesBySide.entrySet()) {
            List<float[]> tensors = group.getValue().stream().map(i -> images.get(i).tensor()).toList();
            List<CompletableFuture<BatchedResult<float[]>>> submitted = batcher(group.getKey()).submitAll(tensors);
            for (int k = 0; k < submitted.size(); k++) {
                futures.set(group.getValue().get(k), submitted.get(k));
            }
        }
        return futures;
    }

    /** Stops batching (waiting items are cancelled) and releases the backbone. */
    @Override
    public void close() {
        Collection<DynamicBatcher<float[], float[]>> batchers = batchersBySide.values();
        batchers.forEach(DynamicBatcher::close);
        backbone.close();
    }

    private DynamicBatcher<float[], float[]> batcher(int side) {
        return batchersBySide.computeIfAbsent(side, s -> new DynamicBatcher<>(spec.maxBatch(),
                spec.maxQueueDelayUs() * 1_000L, batch -> backbone.embed(batch, s), runner, scheduler, nanoClock));
    }
}

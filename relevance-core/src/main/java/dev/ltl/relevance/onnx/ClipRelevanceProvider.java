package dev.ltl.relevance.onnx;

import ai.onnxruntime.OrtException;
import dev.ltl.common.media.RgbImage;
import dev.ltl.common.models.ModelEntry;
import dev.ltl.relevance.domain.ClipImagePreprocessor;
import dev.ltl.relevance.domain.RelevanceInput;
import dev.ltl.relevance.domain.RelevanceInputException;
import dev.ltl.relevance.domain.RelevanceProvider;
import dev.ltl.relevance.domain.RelevanceResult;
import dev.ltl.relevance.domain.Vectors;
import java.io.IOException;
import java.util.List;

/**
 * {@code clip}: cosine similarity of each second's frame and the question, with CLIP's image and text
 * towers (ltl-qa-epic.md §2). Frames are squashed to 224² (Pillow bicubic) and CLIP-normalised; the
 * question is truncated to 77 tokens by the tokenizer; both embeddings are L2-normalised.
 *
 * <p>Contract of the export (see relevance-core/README.md): image tower {@code pixel_values}
 * float32 [N,3,224,224] → {@code image_embeds} [N,D] (or {@code pooler_output}, per
 * {@code embedding_output}); text tower {@code input_ids}, {@code attention_mask} int64 [N,L] →
 * {@code text_embeds} [N,D].
 */
public final class ClipRelevanceProvider implements RelevanceProvider, AutoCloseable {
    private final OnnxModel imageTower;
    private final TowerSpec spec;
    private final ClipImagePreprocessor preprocessor;
    private final OnnxTextTower textTower;

    private ClipRelevanceProvider(OnnxModel imageTower, TowerSpec spec, OnnxTextTower textTower) {
        this.imageTower = imageTower;
        this.spec = spec;
        this.preprocessor = new ClipImagePreprocessor(spec.integer("image_size", 224),
                spec.floats("mean", ClipImagePreprocessor.CLIP_MEAN), spec.floats("std", ClipImagePreprocessor.CLIP_STD));
        this.textTower = textTower;
    }

    /** Loads both towers and the tokenizer a model.yaml describes (see {@link TowerSpec}). */
    public static ClipRelevanceProvider load(ModelEntry entry, int threads) throws OrtException, IOException {
        TowerSpec spec = TowerSpec.from(entry, "pixel_values", "image_embeds");
        OnnxModel image = OnnxModel.load(spec.mainModel(), threads);
        try {
            return new ClipRelevanceProvider(image, spec, TowerLoading.textTower(spec, threads));
        } catch (IOException | OrtException | RuntimeException e) {
            image.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return "clip";
    }

    @Override
    public RelevanceResult score(RelevanceInput in) {
        if (in.frames().isEmpty()) {
            throw new RelevanceInputException("media", "clip needs one frame per second: give `media` with video "
                    + "(a uri) or inline frames");
        }
        float[] query = textTower.embed(in.question());
        double[] relevance = new double[in.numSeconds()];
        List<RgbImage> frames = in.frames();
        for (int from = 0; from < frames.size(); from += spec.batchSize()) {
            List<RgbImage> batch = frames.subList(from, Math.min(frames.size(), from + spec.batchSize()));
            OnnxModel.FloatOutput embeds = embedImages(batch);
            for (int i = 0; i < batch.size(); i++) {
                relevance[from + i] = Vectors.dot(query, Vectors.l2Normalized(embeds.row(i)));
            }
        }
        return RelevanceResult.of(relevance);
    }

    private OnnxModel.FloatOutput embedImages(List<RgbImage> batch) {
        int per = preprocessor.floatsPerImage();
        float[] pixels = new float[batch.size() * per];
        for (int i = 0; i < batch.size(); i++) {
            preprocessor.writeChw(batch.get(i), pixels, i * per);
        }
        int size = preprocessor.size();
        try {
            return imageTower.run(imageTower.inputs().floats(spec.mainInput(), pixels, batch.size(), 3, size, size),
                    spec.mainOutput());
        } catch (OrtException e) {
            throw new IllegalStateException("image tower " + spec.id() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        imageTower.close();
        textTower.close();
    }
}

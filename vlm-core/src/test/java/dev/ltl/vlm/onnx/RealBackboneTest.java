package dev.ltl.vlm.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ltl.common.media.RgbImage;
import dev.ltl.common.models.ModelEntry;
import dev.ltl.common.models.ModelRepository;
import dev.ltl.vlm.domain.BackboneSpec;
import dev.ltl.vlm.domain.BatchedResult;
import dev.ltl.vlm.domain.EmbeddingEngine;
import dev.ltl.vlm.domain.PreparedImage;
import dev.ltl.vlm.domain.ResizeMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real MobileNetV2 backbones from {@code ltl.shared.dir}/models behind the engine: dimensions, token
 * counts, resize modes, determinism and batch-invariance. Batches run on the calling thread and a zero
 * queue delay flushes every submission, so no timing is involved.
 */
class RealBackboneTest {
    private final List<EmbeddingEngine> engines = new ArrayList<>();

    private EmbeddingEngine engine(String name) throws Exception {
        Path shared = Path.of(System.getProperty("ltl.shared.dir", "../../shared"));
        Path weights = shared.resolve("models");
        Assumptions.assumeTrue(Files.isRegularFile(weights.resolve(name).resolve("1/model.onnx")),
                "real models not available under " + weights);
        ModelEntry entry = new ModelRepository(List.of(Path.of("../models"), weights)).resolve(name, "1");
        BackboneSpec spec = BackboneSpec.fromModelSpec(entry.spec(), name, "1");
        BackboneSpec unbatched = new BackboneSpec(spec.name(), spec.version(), spec.inputName(), spec.embeddingOutput(),
                spec.embeddingDim(), spec.preprocessing(), spec.tokens(), spec.maxBatch(), 0, spec.device());
        EmbeddingEngine engine = new EmbeddingEngine(unbatched, new OnnxBackbone(entry.modelFile().orElseThrow(),
                unbatched, 1), Runnable::run, (delay, task) -> task.run(), System::nanoTime);
        engines.add(engine);
        return engine;
    }

    @AfterEach
    void close() {
        engines.forEach(EmbeddingEngine::close);
    }

    /** A 320×240 scene: smooth colour field plus fine stripes that only high resolutions keep. */
    static RgbImage scene(int seed) {
        int width = 320;
        int height = 240;
        byte[] rgb = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = (y * width + x) * 3;
                boolean stripe = ((x + seed * 3) / 2) % 2 == 0 && x > 100 && x < 180 && y > 80 && y < 160;
                rgb[p] = (byte) (stripe ? 250 : (x * 255 / width));
                rgb[p + 1] = (byte) (stripe ? 20 : (y * 255 / height));
                rgb[p + 2] = (byte) ((x * y + seed * 40) % 256);
            }
        }
        return new RgbImage(width, height, rgb);
    }

    private static float[] embed(EmbeddingEngine engine, RgbImage image, int r) {
        return engine.embed(List.of(engine.prepare(image, r))).get(0).join().value();
    }

    @Test
    void dynamicBackboneGives1280dFeaturesAtEveryResolution() throws Exception {
        EmbeddingEngine engine = engine("mobilenetv2-12-int8-dyn");
        RgbImage image = scene(1);
        int[] resolutions = {112, 224, 448};
        long[] expectedTokens = {49, 196, 784};
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < resolutions.length; i++) {
            PreparedImage prepared = engine.prepare(image, resolutions[i]);
            assertThat(prepared.tokens()).isEqualTo(expectedTokens[i]);
            assertThat(prepared.fedSize()).isEqualTo(resolutions[i]);
            assertThat(prepared.mode()).isEqualTo(ResizeMode.NATIVE);
            float[] vector = engine.embed(List.of(prepared)).get(0).join().value();
            assertThat(vector).hasSize(1280);
            for (float v : vector) {
                assertThat(Float.isFinite(v)).isTrue();
            }
            vectors.add(vector);
        }
        assertThat(vectors.get(0)).isNotEqualTo(vectors.get(1));
        assertThat(vectors.get(1)).isNotEqualTo(vectors.get(2));
        assertThat(vectors.get(0)).isNotEqualTo(vectors.get(2));
    }

    @Test
    void fixedBackboneGives1000dAtEveryResolutionResizedToItsInput() throws Exception {
        EmbeddingEngine engine = engine("mobilenetv2-12-int8");
        RgbImage image = scene(2);
        float[] low = null;
        for (int r : new int[]{112, 224, 448}) {
            PreparedImage prepared = engine.prepare(image, r);
            assertThat(prepared.fedSize()).isEqualTo(224);
            assertThat(prepared.mode()).isEqualTo(ResizeMode.RESIZED_TO_INPUT);
            float[] vector = engine.embed(List.of(prepared)).get(0).join().value();
            assertThat(vector).hasSize(1000);
            if (low != null) {
                assertThat(vector).isNotEqualTo(low);
            }
            low = vector;
        }
    }

    @Test
    void theSameInputTwiceGivesIdenticalEmbeddings() throws Exception {
        EmbeddingEngine engine = engine("mobilenetv2-12-int8-dyn");
        assertThat(embed(engine, scene(3), 224)).containsExactly(embed(engine, scene(3), 224));
        assertThat(embed(engine, scene(3), 224)).isNotEqualTo(embed(engine, scene(4), 224));
    }

    @Test
    void anImageEmbedsTheSameAloneAndInABatch() throws Exception {
        EmbeddingEngine engine = engine("mobilenetv2-12-int8-dyn");
        List<PreparedImage> batch = List.of(engine.prepare(scene(5), 160), engine.prepare(scene(6), 160),
                engine.prepare(scene(7), 160));
        List<CompletableFuture<BatchedResult<float[]>>> together = engine.embed(batch);
        assertThat(together).allSatisfy(f -> assertThat(f.join().batchSize()).isEqualTo(3));
        for (int i = 0; i < batch.size(); i++) {
            float[] alone = engine.embed(List.of(batch.get(i))).get(0).join().value();
            float[] inBatch = together.get(i).join().value();
            assertThat(engine.embed(List.of(batch.get(i))).get(0).join().batchSize()).isEqualTo(1);
            for (int k = 0; k < alone.length; k++) {
                assertThat(inBatch[k]).isCloseTo(alone[k], within(1e-4f));
            }
        }
    }

    @Test
    void imagesOfDifferentFedSizesGoToSeparateBatches() throws Exception {
        EmbeddingEngine engine = engine("mobilenetv2-12-int8-dyn");
        List<CompletableFuture<BatchedResult<float[]>>> results = engine.embed(List.of(
                engine.prepare(scene(1), 112), engine.prepare(scene(1), 224), engine.prepare(scene(2), 112)));
        assertThat(results.get(0).join().batchSize()).isEqualTo(2);
        assertThat(results.get(1).join().batchSize()).isEqualTo(1);
        assertThat(results.get(2).join().batchSize()).isEqualTo(2);
        assertThat(results.get(0).join().value()).containsExactly(embed(engine, scene(1), 112));
    }

    @Test
    void aModelWithoutTheNamedOutputIsRefusedAtLoad() throws Exception {
        EmbeddingEngine engine = engine("mobilenetv2-12-int8");
        BackboneSpec good = engine.spec();
        BackboneSpec wrong = new BackboneSpec(good.name(), good.version(), good.inputName(), "features", 1280,
                good.preprocessing(), good.tokens(), 1, 0, "cpu");
        Path file = Path.of(System.getProperty("ltl.shared.dir", "../../shared"))
                .resolve("models/mobilenetv2-12-int8/1/model.onnx");
        assertThatThrownBy(() -> new OnnxBackbone(file, wrong, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'features'");
    }
}

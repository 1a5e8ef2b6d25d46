package dev.ltl.vlm.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ltl.common.media.RgbImage;
import dev.ltl.common.models.ModelEntry;
import dev.ltl.common.models.ModelRepository;
import dev.ltl.vlm.domain.BackboneKind;
import dev.ltl.vlm.domain.BackboneSpec;
import dev.ltl.vlm.domain.EmbeddingEngine;
import dev.ltl.vlm.domain.PreparedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLIP ViT-B/16 registration (models/clip-vit-b16/1/model.yaml) end to end with a generated graph of the same
 * contract ({@code pixel_values} [N,3,H,W] → {@code pooler_output} [N,768]), since the real export is not available
 * here. The graph averages each channel and projects it, so the expected output follows from the CLIP mean/std.
 */
class ClipContractTest {
    private static final float[] CLIP_MEAN = {0.48145466f, 0.4578275f, 0.40821073f};
    private static final float[] CLIP_STD = {0.26862954f, 0.26130258f, 0.27577711f};

    @TempDir
    Path weights;

    @Test
    void clipDescriptorDrivesADynamicSize768dBackbone() throws Exception {
        float[][] w = new float[3][768];
        for (int c = 0; c < 3; c++) {
            for (int j = 0; j < 768; j++) {
                w[c][j] = (float) Math.sin(0.01 * j + c);
            }
        }
        Path version = Files.createDirectories(weights.resolve("clip-vit-b16/1"));
        Files.write(version.resolve("model.onnx"), TinyOnnxModels.clipLikeVisionTower(w));
        ModelEntry entry = new ModelRepository(List.of(Path.of("../models"), weights)).resolve("clip-vit-b16", "1");
        BackboneSpec spec = BackboneSpec.fromModelSpec(entry.spec(), "clip-vit-b16", "1");
        assertThat(spec.inputName()).isEqualTo("pixel_values");
        assertThat(spec.embeddingOutput()).isEqualTo("pooler_output");
        assertThat(spec.embeddingDim()).isEqualTo(768);
        assertThat(spec.preprocessing().kind()).isEqualTo(BackboneKind.DYNAMIC_SIZE);

        // A constant frame stays constant through Pillow's bicubic resize, so every pixel normalises alike.
        int[] colour = {200, 100, 50};
        byte[] rgb = new byte[300 * 200 * 3];
        for (int p = 0; p < 300 * 200; p++) {
            for (int c = 0; c < 3; c++) {
                rgb[p * 3 + c] = (byte) colour[c];
            }
        }
        RgbImage frame = new RgbImage(300, 200, rgb);
        float[] expected = new float[768];
        for (int j = 0; j < 768; j++) {
            for (int c = 0; c < 3; c++) {
                expected[j] += (colour[c] / 255f - CLIP_MEAN[c]) / CLIP_STD[c] * w[c][j];
            }
        }
        try (EmbeddingEngine engine = new EmbeddingEngine(spec, new OnnxBackbone(entry.modelFile().orElseThrow(), spec, 1),
                Runnable::run, (delay, task) -> task.run(), System::nanoTime)) {
            for (int r : new int[]{112, 224, 448}) {
                PreparedImage prepared = engine.prepare(frame, r);
                assertThat(prepared.fedSize()).isEqualTo(r);
                assertThat(prepared.tokens()).isEqualTo((long) (r / 16) * (r / 16));
                float[] vector = engine.embed(List.of(prepared)).get(0).join().value();
                assertThat(vector).hasSize(768);
                for (int j = 0; j < 768; j += 17) {
                    assertThat(vector[j]).as("pooler_output[%d] at r=%d", j, r).isCloseTo(expected[j], within(2e-3f)); // float32 ReduceMean over up to 200k pixels
                }
            }
        }
    }
}
